import type { AnchorResolution } from '../anchoring/resolve';
import type { Problem } from '../errors';
import { indexMap, type MapIndex } from '../graph';
import type { ArgumentMap } from '../schema/map';
import type { Position } from '../schema/position';
import type { Question } from '../schema/question';
import { columnPairs, comparePair, questionStatus } from './agreement';
import { buildCell } from './cell';
import { selectPositions } from './select';
import { overallAgreement, questionSummary } from './summary';
import type { Comparison, ComparisonCell, ComparisonRow, QuestionAgreement } from './types';

export interface CompareOptions {
  /** How each passage was anchored (the loader's `anchors`): passages that need review rank below verified ones. */
  readonly anchors?: Readonly<Record<string, AnchorResolution>>;
}

export type CompareResult =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Sets 2 to 5 positions of a map side by side: one row per question (map order), one cell
 * per position (the order chosen), and whether the positions agree on each question.
 * Unknown position ids and bad selections come back as coded problems, never thrown.
 */
export function compareMap(map: ArgumentMap, positionIds: readonly string[], options: CompareOptions = {}): CompareResult {
  const selection = selectPositions(map, positionIds);
  if (!selection.ok) return selection;
  const index = indexMap(map);
  const label = labeller(selection.positions);
  const rows = map.questions.map((question) => compareRow(index, question, selection.positions, label, options));
  return {
    ok: true,
    comparison: {
      mapId: map.id,
      mapTitle: map.title,
      positions: selection.positions,
      rows,
      overall: overallAgreement(rows.map((r) => r.agreement.status)),
    },
  };
}

function compareRow(
  index: MapIndex,
  question: Question,
  positions: readonly Position[],
  label: (id: string) => string,
  options: CompareOptions,
): ComparisonRow {
  const cells = positions.map((p) => buildCell(index, p.id, question.id, options.anchors));
  return { question, cells, agreement: agreementOf(index, cells, label) };
}

/** The agreement on one question, from its cells (see `QuestionStatus` for the rules). */
export function agreementOf(index: MapIndex, cells: readonly ComparisonCell[], label: (id: string) => string): QuestionAgreement {
  const side = (c: ComparisonCell) => ({ positionId: c.positionId, claimIds: c.claims.map((h) => h.id) });
  const pairs = columnPairs(cells).map(([a, b]) => comparePair(index, side(a), side(b)));
  const answered = cells.filter((c) => c.stated).map((c) => c.positionId);
  const missing = cells.filter((c) => !c.stated).map((c) => c.positionId);
  const status = questionStatus(answered.length, pairs);
  return { status, answered, missing, pairs, summary: questionSummary({ status, pairs, answered, missing }, label) };
}

function labeller(positions: readonly Position[]): (id: string) => string {
  const labels = new Map(positions.map((p) => [p.id, p.label]));
  return (id) => labels.get(id) ?? id;
}
