import { useReactFlow, type XYPosition } from '@xyflow/react';
import { nodeSize } from '../domain/nodeSize';
import { addLinkedNode, connectionProblem, nodeById, useCounterpointStore, type CounterpointStore } from '../store';
import { optionsBetween, optionsForNewNode, type ConnectOption } from './connectOptions';
import { KIND_LABELS, nodeName, RELATION_LABELS, truncate } from '../domain/labels';
import { relationStyle } from '../ui/relationStyles';
import { Menu, type MenuItem } from '../ui/Menu';

export interface ConnectRequest {
  readonly start: string;
  readonly startIsReason: boolean;
  readonly drop: { readonly node: string } | { readonly link: string } | { readonly pane: true };
  readonly client: XYPosition;
}

/** Asks which relation a drawn link is, offering only those that make sense for the two ends. */
export function ConnectMenu({ request, onClose }: { request: ConnectRequest; onClose: () => void }) {
  const store = useCounterpointStore();
  const { screenToFlowPosition } = useReactFlow();
  const doc = store.getState().doc;
  const name = (id: string) => {
    const n = nodeById(doc, id);
    return n ? `${KIND_LABELS[n.kind].toLowerCase()} “${truncate(nodeName(doc, n), 28)}”` : id;
  };
  const item = (o: ConnectOption, i: number): MenuItem => {
    const glyph = relationStyle(o.relation, o.stance).glyph;
    const words = o.create
      ? o.newEnd === 'to'
        ? `New ${o.create} it ${RELATION_LABELS[o.relation]}`
        : `New ${o.create} that ${RELATION_LABELS[o.relation]} it`
      : `${o.relation === 'assesses' ? `assesses (${o.stance})` : RELATION_LABELS[o.relation]}`;
    return {
      id: `${i}`,
      label: (
        <>
          <span className="cp-menu__glyph" aria-hidden="true">{glyph}</span> {words}
        </>
      ),
      ariaLabel: o.create ? words : `${name(o.from)} ${words} ${name(o.to)}`,
      run: () => (o.create ? createLinked(store, o, centred(screenToFlowPosition(request.client), o.create)) : link(store, o)),
    };
  };

  if ('link' in request.drop) {
    const problem = connectionProblem(doc, request.start, request.drop.link, 'undercuts');
    const items = problem ? [] : [item({ from: request.start, to: request.drop.link, relation: 'undercuts' }, 0)];
    return <Menu at={request.client} label="Undercut this link" sections={[{ heading: 'Deny that the link holds', items }]} onClose={onClose} empty={problem} />;
  }
  if ('node' in request.drop) {
    const [from, to] = request.startIsReason ? [request.start, request.drop.node] : [request.drop.node, request.start];
    const { forward, reverse } = optionsBetween(doc, from, to);
    return (
      <Menu
        at={request.client}
        label="Choose the relation"
        sections={[
          { heading: `${name(from)} …`, items: forward.map(item) },
          { heading: `or ${name(to)} …`, items: reverse.map((o, i) => item(o, forward.length + i)) },
        ]}
        onClose={onClose}
        empty="These two cannot be linked by any relation (or every possible link exists)."
      />
    );
  }
  const options = optionsForNewNode(doc, request.start, request.startIsReason);
  return <Menu at={request.client} label="Create a linked node" sections={[{ heading: 'Create here', items: options.map(item) }]} onClose={onClose} />;
}

function centred(point: XYPosition, kind: string): XYPosition {
  const { width, height } = nodeSize(kind);
  return { x: point.x - width / 2, y: point.y - height / 2 };
}

function link(store: CounterpointStore, o: ConnectOption) {
  const state = store.getState();
  const result = state.connect(o.from, o.to, o.relation, o.stance);
  if (result.ok) state.select({ nodes: [], edges: [result.value] });
  else state.notify({ tone: 'error', text: result.message });
}

/** Creates the node and its link as one undo step, then lets the user type its text. */
function createLinked(store: CounterpointStore, o: ConnectOption, at: XYPosition) {
  const added = addLinkedNode(store, {
    draft: { kind: o.create! },
    link: { other: o.newEnd === 'from' ? o.to : o.from, relation: o.relation, ...(o.stance ? { stance: o.stance } : {}), newIs: o.newEnd === 'from' ? 'from' : 'to' },
    at,
    then: 'type',
  });
  if (!added.ok) store.getState().notify({ tone: 'error', text: added.message });
}
