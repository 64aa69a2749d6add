import type { ArgumentMap } from '../schema/map';

/**
 * What a round trip through another format must keep: nodes by id and kind, edges by their
 * ends, relation and stance (an undercut by the edge it denies). Notes are left out for
 * formats that keep them as comments (Argdown).
 */
export function mapGraph(map: ArgumentMap, withNotes: boolean) {
  const byId = new Map(map.edges.map((e) => [e.id, e]));
  const end = (id: string) => {
    const e = byId.get(id);
    return e ? `(${e.from} ${e.relation} ${e.to})` : id;
  };
  return {
    nodes: map.nodes.filter((n) => withNotes || n.kind !== 'note').map((n) => `${n.id}:${n.kind}`).sort(),
    edges: map.edges.map((e) => `${e.from} ${e.relation}${e.stance ? `/${e.stance}` : ''} ${end(e.to)}`).sort(),
  };
}
