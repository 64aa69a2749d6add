import { QUOTABLE_MAX, type ComparisonCell } from '../../domain/compare';
import { clipAtWord } from '../../domain/labels';
import type { Position } from '../../domain/schema/position';
import { STANCES } from '../../domain/schema/edge';

/** Longest quote shown in a cell, in code points: the longest the comparison calls quotable; a longer one is cut at a word and marked. */
export const QUOTE_LIMIT = QUOTABLE_MAX;

export const NO_STATED_POSITION = 'no stated position';

/** A quote cut to fit a cell (at most `limit` characters before the mark), at a word boundary where there is one near the limit. */
export function shortQuote(quote: string, limit = QUOTE_LIMIT): string {
  return clipAtWord(quote.trim(), limit + 1);
}

/** "2 objections" and "works: 1 supports, 1 challenges", leaving out what is zero; empty when nothing bears on the cell. */
export function countsText(cell: ComparisonCell): string {
  const parts: string[] = [];
  const objections = cell.objectionIds.length;
  if (objections > 0) parts.push(`${objections} ${objections === 1 ? 'objection' : 'objections'}`);
  const works = STANCES.filter((s) => cell.works[s].length > 0).map((s) => `${cell.works[s].length} ${s}`);
  if (works.length > 0) parts.push(`works: ${works.join(', ')}`);
  return parts.join('; ');
}

/** A column heading: the position's label with its period, e.g. "Mensheviks (1903-1917)", unless the label already says it. */
export function positionHeading(position: Position): string {
  return position.period && !position.label.includes(position.period) ? `${position.label} (${position.period})` : position.label;
}
