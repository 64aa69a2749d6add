export { CITATION_STYLES, CITATION_STYLE_IDS, DEFAULT_CITATION_STYLE, isCitationStyleId, type CitationStyleId, type CitationStyleInfo, type StyleFileLoader } from './styles';
export { citationProcessor, CitationProcessor, formatCitations, type CiteRequest, type CitationOutput, type FormattedCitations, type FormatCitationsOptions } from './processor';
export { locatorOf, toCslItem } from './cslItem';
