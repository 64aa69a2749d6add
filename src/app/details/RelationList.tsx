import { indexMap } from '../../domain/graph';
import type { Edge } from '../../domain/schema/edge';
import { edgeById, nodeById, useCounterpoint, useCounterpointStore } from '../../store';
import { KIND_LABELS, nodeName, truncate } from '../../domain/labels';
import { relationStyle } from '../../ui/relationStyles';

/** How a link reads from the node being shown: "supports ▸ X" going out, "supported by ◂ Y" coming in. */
const INCOMING: Record<Edge['relation'], string> = {
  states: 'stated by',
  supports: 'supported by',
  attacks: 'attacked by',
  undercuts: 'undercut by',
  contrasts: 'contrasted with',
  assesses: 'assessed by',
};

/** Every link into and out of a node (or into a link), each a button that selects its other end. */
export function RelationList({ id }: { id: string }) {
  const store = useCounterpointStore();
  const doc = useCounterpoint((s) => s.doc);
  const index = indexMap(doc);
  const outgoing = index.outgoing.get(id) ?? [];
  const incoming = index.incoming.get(id) ?? [];
  if (outgoing.length + incoming.length === 0) return <p className="cp-muted">No links yet. Drag from a node’s grip to another node, or add one below.</p>;

  const describe = (otherId: string) => {
    const node = nodeById(doc, otherId);
    if (node) return `${KIND_LABELS[node.kind]}: ${truncate(nodeName(doc, node), 70)}`;
    const link = edgeById(doc, otherId);
    if (!link) return otherId;
    const name = (n: string) => truncate(nodeName(doc, nodeById(doc, n)!), 30);
    return `the link “${name(link.from)}” ${link.relation} “${name(link.to)}”`;
  };
  const row = (edge: Edge, direction: 'out' | 'in') => {
    const other = direction === 'out' ? edge.to : edge.from;
    const verb = direction === 'out' ? edge.relation : INCOMING[edge.relation];
    const stance = edge.relation === 'assesses' ? ` (${edge.stance})` : '';
    return (
      <li key={`${direction}-${edge.id}`} className="cp-relation">
        <span className={`cp-relation__glyph cp-tone--${edge.relation === 'assesses' ? `assesses-${edge.stance}` : edge.relation}`} aria-hidden="true">
          {relationStyle(edge.relation, edge.stance).glyph}
        </span>
        <span className="cp-relation__text">
          <span className="cp-relation__verb">
            {verb}
            {stance}
          </span>
          <button
            type="button"
            className="cp-link-button"
            onClick={() => {
              const s = store.getState();
              if (nodeById(s.doc, other)) s.selectNode(other, { reveal: true });
              else s.select({ nodes: [], edges: [other] });
            }}
          >
            {describe(other)}
          </button>
        </span>
        <button type="button" className="cp-icon-button" aria-label={`Select the link (${verb} ${describe(other)})`} title="Select this link" onClick={() => store.getState().select({ nodes: [], edges: [edge.id] })}>
          ⤴
        </button>
        <button type="button" className="cp-icon-button cp-icon-button--danger" aria-label={`Remove the link: ${verb} ${describe(other)}`} title="Remove this link" onClick={() => store.getState().removeElements({ edges: [edge.id] })}>
          ✕
        </button>
      </li>
    );
  };
  return (
    <ul className="cp-relations">
      {outgoing.map((e) => row(e, 'out'))}
      {incoming.map((e) => row(e, 'in'))}
    </ul>
  );
}
