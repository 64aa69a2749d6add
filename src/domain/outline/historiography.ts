import { incomingOf, type MapIndex } from '../graph';
import { STANCES, type Stance } from '../schema/edge';
import { referenceAuthorNames, referenceYear } from '../schema/reference';
import type { OutlineItem } from './types';

export const STANCE_HEADINGS: Record<Stance, string> = {
  supports: 'Works that support the claim',
  challenges: 'Works that challenge the claim',
  complicates: 'Works that complicate the claim',
};

/**
 * The works assessing a claim, grouped by stance in a fixed order (supports, challenges,
 * complicates) and, within a group, in the map's order. Pages and notes on the assesses
 * edge are the reading of this claim, so they win over the work's own.
 */
export function historiographyOf(index: MapIndex, claimId: string): OutlineItem[] {
  const groups = new Map<Stance, OutlineItem[]>(STANCES.map((s) => [s, []]));
  for (const edge of incomingOf(index, claimId, 'assesses')) {
    const work = index.nodes.get(edge.from);
    if (work?.kind !== 'work' || edge.stance === undefined) continue;
    const ref = index.references.get(work.ref);
    const pages = edge.pages ?? work.pages;
    const note = edge.note ?? work.note;
    const year = ref ? referenceYear(ref) : undefined;
    groups.get(edge.stance)!.push({
      id: `link:${edge.id}`,
      role: 'work',
      nodeId: work.id,
      edgeId: edge.id,
      text: ref?.title ?? work.ref,
      stance: edge.stance,
      cite: pages === undefined ? { refId: work.ref } : { refId: work.ref, pages },
      authors: ref ? referenceAuthorNames(ref) : [],
      ...(year === undefined ? {} : { year }),
      ...(note === undefined ? {} : { note }),
      children: [],
    });
  }
  return STANCES.filter((s) => groups.get(s)!.length > 0).map((stance) => ({
    id: `stance:${stance}`,
    role: 'stance',
    stance,
    text: STANCE_HEADINGS[stance],
    children: groups.get(stance)!,
  }));
}
