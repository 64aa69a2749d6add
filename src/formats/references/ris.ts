import { problem, type Problem } from '../../domain/errors';
import type { Reference } from '../../domain/schema/reference';
import type { ImportResult, ReferenceImporter } from '../registry/types';
import { loadCitationJs, parseAs } from './citationJs';
import { finishImport } from './finish';
import type { RawItem } from './normalize';

/** A tag line: two characters, two spaces, a hyphen (the RIS specification; Citation.js reads the same). */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*)|$)/;

/** RIS reference types (TY) Citation.js maps to CSL; any other would lose the whole record's fields. */
const RIS_TYPES = new Set([
  'ABST', 'ADVS', 'AGGR', 'ANCIENT', 'ART', 'BILL', 'BLOG', 'BOOK', 'CASE', 'CHAP', 'CHART', 'CLSWK', 'COMP', 'CONF',
  'CPAPER', 'CTLG', 'DATA', 'DBASE', 'DICT', 'EBOOK', 'ECHAP', 'EDBOOK', 'EJOUR', 'ELEC', 'ENCYC', 'EQUA', 'FIGURE',
  'GEN', 'GOVDOC', 'GRANT', 'HEAR', 'ICOMM', 'INPR', 'JFULL', 'JOUR', 'LEGAL', 'MANSCPT', 'MAP', 'MGZN', 'MPCT',
  'MULTI', 'MUSIC', 'NEWS', 'PAMP', 'PAT', 'PCOMM', 'RPRT', 'SER', 'SLIDE', 'SOUND', 'STAND', 'STAT', 'THES',
  'UNBILL', 'UNPB', 'VIDEO', 'WEB',
]);

interface RisRecord {
  /** 1-based line of its TY tag. */
  readonly line: number;
  readonly type: string;
  readonly lines: string[];
}

/**
 * Cuts a RIS file into records, each from its TY line to its ER line (or the next TY). Text
 * outside records is ignored, as exports put headers there; a tag outside a record is an error,
 * since its record has lost its TY line.
 */
function splitRecords(text: string): { records: RisRecord[]; problems: Problem[] } {
  const records: RisRecord[] = [];
  const problems: Problem[] = [];
  let current: RisRecord | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    const tag = TAG_LINE.exec(line);
    if (tag?.[1] === 'TY') {
      current = { line: i + 1, type: (tag[2] ?? '').trim().toUpperCase(), lines: [] };
      records.push(current);
    } else if (tag?.[1] === 'ER') {
      current = undefined;
    } else if (tag && !current) {
      problems.push(problem('REFERENCES_UNREADABLE', `line ${i + 1}`, `line ${i + 1}: the tag ${tag[1]} stands outside a record (no TY line opens one before it)`));
    } else if (current) {
      current.lines.push(line);
    }
  });
  return { records, problems };
}

async function parseRis(text: string): Promise<ImportResult<readonly Reference[]>> {
  const { records, problems } = splitRecords(text);
  if (problems.length > 0) return { ok: false, problems };
  const input = await loadCitationJs();
  const items: RawItem[] = [];
  for (const record of records) {
    const at = `line ${record.line}`;
    const name = `the record at line ${record.line}`;
    // An unknown type would make Citation.js drop every field: read it as generic and say so.
    const known = RIS_TYPES.has(record.type);
    if (!known) problems.push(problem('REFERENCE_TYPE_FIXED', at, `${name}: ${record.type ? `"${record.type}" is not a RIS type` : 'its type is empty'}; it is read as GEN (document)`));
    try {
      const [raw] = parseAs(input, [`TY  - ${known ? record.type : 'GEN'}`, ...record.lines].join('\n'), '@ris/file') as unknown[];
      items.push({ value: parseAs(input, raw, '@ris/record'), at, json: false, name });
    } catch (e) {
      problems.push(problem('REFERENCES_UNREADABLE', at, `${name} cannot be read: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`));
    }
  }
  return finishImport(items, problems, 'RIS');
}

export const risImporter: ReferenceImporter = {
  id: 'ris',
  label: 'RIS',
  extensions: ['.ris'],
  detect: (text) => /^\s*TY {2}- /m.test(text),
  parse: parseRis,
};
