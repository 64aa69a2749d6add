import type { Edge, Stance } from '../../domain/schema/edge';
import { memoByKey } from '../../store/memo';
import { nodeById, selectVisibility, sourceParagraphs, type CounterpointState } from '../../store';
import { paragraphAt } from '../../domain/text/paragraphs';
import { ownValue } from '../../domain/ownKey';

/**
 * Selectors for what a node card shows besides its own record. Each returns a primitive
 * or a shared object, so a card re-renders only when its own figures change.
 */

interface Tally {
  pro: number;
  con: number;
  evidence: number;
  readings: number;
}

const tallies = memoByKey((edges: readonly Edge[]) => {
  const out = new Map<string, Tally>();
  const of = (id: string) => out.get(id) ?? out.set(id, { pro: 0, con: 0, evidence: 0, readings: 0 }).get(id)!;
  for (const e of edges) {
    if (e.relation === 'supports') of(e.to).pro++;
    else if (e.relation === 'attacks') of(e.to).con++;
    else if (e.relation === 'states') of(e.to).evidence++;
    else if (e.relation === 'assesses') of(e.to).readings++;
  }
  return out;
});

/** "pro|con|evidence|readings" for a node: the counts on its card's footer. */
export const selectTally = (id: string) => (s: CounterpointState) => {
  const t = tallies(s.doc.edges).get(id);
  return t ? `${t.pro}|${t.con}|${t.evidence}|${t.readings}` : '0|0|0|0';
};

export const selectCollapsedCount = (id: string) => (s: CounterpointState): number | null =>
  s.collapsed.includes(id) ? (selectVisibility(s).collapsedCounts.get(id) ?? 0) : null;

export const selectIsEditing = (id: string) => (s: CounterpointState) => s.editing === id;

/** "Source title|¶ n" for a passage: where in its source the quote sits. */
export const selectPassagePlace = (id: string) => (s: CounterpointState): string => {
  const node = nodeById(s.doc, id);
  if (node?.kind !== 'passage') return '';
  const source = s.doc.sources.find((src) => src.id === node.source);
  const text = ownValue(s.sourceTexts, node.source);
  const paragraph = text === undefined ? undefined : paragraphAt(sourceParagraphs(text).paragraphs, node.start)?.number;
  return `${source?.title ?? node.source}|${paragraph ?? ''}`;
};

export const selectReference = (refId: string | undefined) => (s: CounterpointState) =>
  refId === undefined ? undefined : s.doc.references.find((r) => r.id === refId);

const workStances = memoByKey((edges: readonly Edge[]) => {
  const out = new Map<string, Stance[]>();
  for (const e of edges) if (e.relation === 'assesses' && e.stance) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.stance);
  return out;
});

/** The distinct stances a work takes, in a stable order, joined: "supports|challenges". */
export const selectWorkStances = (id: string) => (s: CounterpointState): string => {
  const stances = new Set(workStances(s.doc.edges).get(id) ?? []);
  return (['supports', 'challenges', 'complicates'] as const).filter((x) => stances.has(x)).join('|');
};



const HANGING = new Set(['states', 'supports', 'attacks', 'assesses']);
const parents = memoByKey((edges: readonly Edge[]) => new Set(edges.filter((e) => HANGING.has(e.relation)).map((e) => e.to)));

/** Whether anything hangs under a node (reasons, objections, passages, readings), so it can collapse. */
export const selectHasHangers = (id: string) => (s: CounterpointState) => parents(s.doc.edges).has(id);
