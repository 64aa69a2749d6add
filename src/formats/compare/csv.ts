import type { Comparison } from '../../domain/compare';
import { csvRecord } from './escape';

export const CSV_COLUMNS = [
  'question_id',
  'question',
  'position_id',
  'position',
  'stated',
  'claim_ids',
  'claims',
  'passage_id',
  'quote',
  'objections',
  'works_supports',
  'works_challenges',
  'works_complicates',
  'agreement',
  'agreement_summary',
] as const;

/**
 * The comparison as CSV, one record per cell (question × position) rather than one per
 * row of the table: the columns stay the same whatever positions are compared, so the
 * file sorts, filters and pivots in a spreadsheet. `stated` is "no" for a cell with no
 * stated position; several claims in a cell are separated by line breaks;
 * quotes are given whole.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const labels = new Map(comparison.positions.map((p) => [p.id, p.label]));
  const records = comparison.rows.flatMap((row) =>
    row.cells.map((cell) =>
      csvRecord([
        row.question.id,
        row.question.text,
        cell.positionId,
        labels.get(cell.positionId) ?? cell.positionId,
        cell.stated ? 'yes' : 'no',
        cell.claims.map((c) => c.id).join(' '),
        cell.claims.map((c) => c.label).join('\n'),
        cell.passage?.id ?? '',
        cell.passage?.quote ?? '',
        cell.objectionIds.length,
        cell.works.supports.length,
        cell.works.challenges.length,
        cell.works.complicates.length,
        row.agreement.status,
        row.agreement.summary,
      ]),
    ),
  );
  return [csvRecord(CSV_COLUMNS), ...records].join('');
}
