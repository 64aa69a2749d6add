import { indexMap } from '../graph';
import type { ArgumentMap } from '../schema/map';
import type { Position } from '../schema/position';
import type { Question } from '../schema/question';
import { comparePair } from './agreement';
import { heldAnswers, heldBy } from './holdings';
import type { HeldClaim, PairAgreement } from './types';

export interface TimelineEntry {
  readonly position: Position;
  /** Everything the position holds, in map order. */
  readonly claims: readonly HeldClaim[];
}

export interface TimelineStep {
  readonly positionId: string;
  /** The position's answers to the question (central first). */
  readonly claimIds: readonly string[];
  /**
   * How this answer stands to the one before it in time (null for the first): a
   * `disagree` between successive answers is where a line of thought shifted or split.
   */
  readonly sincePrevious: PairAgreement | null;
  /**
   * How it stands to the answers before that one which it is linked to (agree, disagree or
   * mixed), latest first: a later position may return to an earlier one, as Lenin in April
   * 1917 came to Trotsky's conclusion of 1905.
   */
  readonly earlier: readonly PairAgreement[];
}

export interface TimelineQuestion {
  readonly question: Question;
  /** Only the positions that answer the question, in timeline order. */
  readonly steps: readonly TimelineStep[];
}

export interface Timeline {
  readonly entries: readonly TimelineEntry[];
  readonly questions: readonly TimelineQuestion[];
}

/**
 * Positions in the order they were held: by `from` year, then by when their `period` text
 * starts (so "March to April 1917" comes before "April to October 1917"), then by the text
 * itself, then in map order. Positions with no year or period go last, since nothing says
 * where they belong.
 */
export function orderByPeriod(positions: readonly Position[]): Position[] {
  const byText = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const byNumber = (x: number, y: number) => x - y;
  return positions
    .map((position, mapOrder) => ({ position, mapOrder, start: position.period ? periodStart(position.period) : undefined }))
    .sort(
      (a, b) =>
        compareMissingLast(a.position.from, b.position.from, byNumber) ||
        compareMissingLast(a.start, b.start, byNumber) ||
        compareMissingLast(a.position.period, b.position.period, byText.compare) ||
        a.mapOrder - b.mapOrder,
    )
    .map((x) => x.position);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * When a period such as "1905 to March 1917", "March to April 1917" or "the 1920s" starts, as months
 * since year 0: its first year, and the first month named before that year (January when
 * none is). Undefined when the text names no year.
 */
export function periodStart(period: string): number | undefined {
  const year = /\b(\d{3,4})(?:s\b|\b)/.exec(period);
  if (!year) return undefined;
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(period.slice(0, year.index));
  return Number(year[1]) * 12 + (month ? MONTHS.indexOf(month[1]!.toLowerCase()) : 0);
}

function compareMissingLast<T>(a: T | undefined, b: T | undefined, compare: (a: T, b: T) => number): number {
  if (a === undefined || b === undefined) return Number(a === undefined) - Number(b === undefined);
  return compare(a, b);
}

/**
 * The timeline view's data: positions in period order with what each holds, and for each
 * question (map order) the sequence of answers, so a shift such as Lenin's between 1905
 * and April 1917 shows as successive answers that disagree. `positionIds` narrows the
 * timeline to those positions (ids the map lacks are skipped); by default it has them all.
 */
export function timelineOf(map: ArgumentMap, positionIds?: readonly string[]): Timeline {
  const chosen = positionIds ? map.positions.filter((p) => positionIds.includes(p.id)) : map.positions;
  const ordered = orderByPeriod(chosen);
  const index = indexMap(map);
  const questions = map.questions.map((question) => {
    const steps: TimelineStep[] = [];
    for (const position of ordered) {
      const claimIds = heldAnswers(map, position.id, question.id).map((c) => c.id);
      if (claimIds.length === 0) continue;
      const [previous, ...before] = [...steps].reverse().map((s) => comparePair(index, { positionId: s.positionId, claimIds: s.claimIds }, { positionId: position.id, claimIds }));
      const earlier = before.filter((p) => p.status === 'agree' || p.status === 'disagree' || p.status === 'mixed');
      steps.push({ positionId: position.id, claimIds, sincePrevious: previous ?? null, earlier });
    }
    return { question, steps };
  });
  return { entries: ordered.map((position) => ({ position, claims: heldBy(map, position.id) })), questions };
}

/** The year a position starts: its `from`, else the first year its period names; undefined when neither says. */
export function startYear(position: Position): number | undefined {
  if (position.from !== undefined) return position.from;
  const start = position.period ? periodStart(position.period) : undefined;
  return start === undefined ? undefined : Math.floor(start / 12);
}

/** A break in a line of thought: an answer that disagrees (wholly or in part) with the answer before it in time. */
export interface TimelineShift {
  readonly questionId: string;
  readonly from: string;
  readonly to: string;
  readonly status: 'disagree' | 'mixed';
}

/** Every shift of the timeline, question by question (map order), then in time order. */
export function shiftsOf(timeline: Timeline): TimelineShift[] {
  return timeline.questions.flatMap(({ question, steps }) =>
    steps.flatMap((step) => {
      const status = step.sincePrevious?.status;
      if (status !== 'disagree' && status !== 'mixed') return [];
      return [{ questionId: question.id, from: step.sincePrevious!.a, to: step.positionId, status }];
    }),
  );
}
