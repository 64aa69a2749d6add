/** Exports of a comparison (see `src/domain/compare`): a Markdown table, CSV and JSON. Pure. */
export { comparisonToMarkdown, cellMarkdown } from './markdown';
export { comparisonToCsv, CSV_COLUMNS } from './csv';
export { comparisonToJson } from './json';
export { csvField, csvRecord, markdownCell, markdownInline } from './escape';
export { countsText, NO_STATED_POSITION, positionHeading, QUOTE_LIMIT, shortQuote } from './cellText';
