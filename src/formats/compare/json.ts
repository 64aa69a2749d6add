import type { Comparison, ComparisonCell, QuestionAgreement } from '../../domain/compare';

/**
 * The comparison as plain JSON for other tools: the positions (columns), and for each
 * question its cells keyed by position id (claim ids, the strongest passage, counts) and
 * its agreement, pair by pair. Ids, not labels, are the keys, so scripts can join it back
 * to the map.
 */
export function comparisonToJson(comparison: Comparison) {
  return {
    map: { id: comparison.mapId, title: comparison.mapTitle },
    positions: comparison.positions.map(({ id, label, period, from, to }) => ({ id, label, period, from, to })),
    questions: comparison.rows.map((row) => ({
      id: row.question.id,
      text: row.question.text,
      cells: Object.fromEntries(row.cells.map((cell) => [cell.positionId, cellJson(cell)])),
      agreement: agreementJson(row.agreement),
    })),
    summary: {
      line: comparison.overall.line,
      questions: comparison.overall.questions,
      disagreeing: comparison.overall.disagreeing,
      counts: comparison.overall.counts,
    },
  };
}

function cellJson(cell: ComparisonCell) {
  return {
    stated: cell.stated,
    claims: cell.claims.map((c) => c.id),
    passage: cell.passage && {
      id: cell.passage.id,
      quote: cell.passage.quote,
      claim: cell.passage.claimId,
      relation: cell.passage.relation,
      needsReview: cell.passage.needsReview,
    },
    objections: cell.objectionIds.length,
    objectionIds: cell.objectionIds,
    works: {
      supports: cell.works.supports.length,
      challenges: cell.works.challenges.length,
      complicates: cell.works.complicates.length,
    },
    workIds: cell.works,
  };
}

function agreementJson(agreement: QuestionAgreement) {
  return {
    status: agreement.status,
    summary: agreement.summary,
    answered: agreement.answered,
    missing: agreement.missing,
    pairs: agreement.pairs.map((p) => ({
      positions: [p.a, p.b],
      status: p.status,
      shared: p.shared,
      links: p.links.map((l) => ({ edge: l.edgeId, relation: l.relation, from: l.from, to: l.to })),
    })),
  };
}
