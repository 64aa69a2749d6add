import type { ArgumentMap } from '../schema/map';
import { isArguable, nodeLabel } from '../schema/node';

/** A claim or objection an outline can start from, as the thesis picker lists it. */
export interface ThesisCandidate {
  readonly id: string;
  readonly kind: 'claim' | 'objection';
  readonly label: string;
  readonly text: string;
  readonly position?: { readonly id: string; readonly label: string; readonly color: string };
  readonly central: boolean;
}

const rank = (c: ThesisCandidate) => (c.central ? 0 : c.kind === 'claim' ? 1 : 2);

/** Every possible thesis: central claims first, then the other claims, then objections, each in map order. */
export function thesisCandidates(map: ArgumentMap): ThesisCandidate[] {
  const positions = new Map(map.positions.map((p) => [p.id, p]));
  const candidates = map.nodes.filter(isArguable).map<ThesisCandidate>((node) => {
    const position = node.position === undefined ? undefined : positions.get(node.position);
    return {
      id: node.id,
      kind: node.kind,
      label: nodeLabel(node),
      text: node.text,
      central: node.kind === 'claim' && node.central === true,
      ...(position ? { position: { id: position.id, label: position.label, color: position.color } } : {}),
    };
  });
  return candidates.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

export function isThesis(map: ArgumentMap, id: string | null | undefined): id is string {
  const node = id ? map.nodes.find((n) => n.id === id) : undefined;
  return !!node && isArguable(node);
}

/**
 * The thesis an outline opens on when none was chosen: the selected claim (or objection)
 * if there is one, else the map's first central claim, else its first claim or objection.
 */
export function defaultThesis(map: ArgumentMap, selected: readonly string[]): string | undefined {
  return selected.find((id) => isThesis(map, id)) ?? thesisCandidates(map)[0]?.id;
}
