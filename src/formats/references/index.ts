export { bibtexImporter, biblatexImporter } from './bibtex';
export { risImporter } from './ris';
export { cslJsonImporter } from './cslJson';
export { bibtexExporter, cslJsonExporter } from './exporters';
export { normalizeItems, type RawItem } from './normalize';
export { importReferencesInto, type ReferencesIntoResult } from './importInto';
