import type { Comparison, ComparisonCell } from '../../domain/compare';
import { countsText, NO_STATED_POSITION, positionHeading, shortQuote } from './cellText';
import { markdownCell, markdownInline } from './escape';

/**
 * The comparison as a GFM table: a row per question, a column per position, and the
 * agreement on each question in the last column; the overall line follows the table.
 * Every piece of map text is escaped, so a `|` in a claim cannot split a cell, nor a
 * `<script>` or a `[link](…)` reach the reader as markup.
 */
export function comparisonToMarkdown(comparison: Comparison): string {
  const header = ['Question', ...comparison.positions.map(positionHeading), 'Agreement'].map(markdownCell);
  const rows = comparison.rows.map((row) => [
    markdownCell(row.question.text),
    ...row.cells.map(cellMarkdown),
    markdownCell(row.agreement.summary),
  ]);
  return [
    `# Comparison: ${markdownInline(comparison.mapTitle)}`,
    '',
    tableLine(header),
    tableLine(header.map(() => '---')),
    ...rows.map(tableLine),
    '',
    `**Overall:** ${markdownInline(comparison.overall.line)}`,
    '',
  ].join('\n');
}

/** Claims (central ones in bold), then the strongest quote in italics, then the counts, one per line of the cell. */
export function cellMarkdown(cell: ComparisonCell): string {
  if (!cell.stated) return `_${NO_STATED_POSITION}_`;
  const lines = cell.claims.map((c) => (c.central ? `**${markdownCell(c.label)}**` : markdownCell(c.label)));
  if (cell.passage) {
    const review = cell.passage.needsReview ? ' (needs review)' : '';
    lines.push(`_“${markdownCell(shortQuote(cell.passage.quote))}”_${review}`);
  }
  const counts = countsText(cell);
  if (counts) lines.push(markdownCell(counts));
  return lines.join('<br>');
}

function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
