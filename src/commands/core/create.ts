import { isArguable } from '../../domain/schema/node';
import { selectSoleEdgeId } from '../../store';
import { createNode, primaryNode } from '../helpers';
import type { Command } from '../types';

export const CREATE_COMMANDS: readonly Command[] = [
  {
    id: 'create.claim',
    label: 'New claim',
    group: 'create',
    shortcut: ['C'],
    keywords: 'add proposition thesis',
    perform: (ctx) => void createNode(ctx, 'claim'),
  },
  {
    id: 'create.reason',
    label: 'New reason for the selected claim',
    group: 'create',
    shortcut: ['R'],
    keywords: 'add support premise because',
    enabled: (ctx) => {
      const n = primaryNode(ctx);
      return !!n && isArguable(n);
    },
    perform(ctx) {
      const n = primaryNode(ctx);
      if (n) createNode(ctx, 'claim', { other: n.id, relation: 'supports', newIs: 'from' });
    },
  },
  {
    id: 'create.objection',
    label: 'New objection',
    group: 'create',
    shortcut: ['O'],
    keywords: 'add attack rebuttal but against',
    perform(ctx) {
      // With a claim or objection selected, the objection attacks it; otherwise it stands alone.
      const n = primaryNode(ctx);
      createNode(ctx, 'objection', n && isArguable(n) ? { other: n.id, relation: 'attacks', newIs: 'from' } : undefined);
    },
  },
  {
    id: 'create.undercut',
    label: 'New objection undercutting the selected link',
    group: 'create',
    shortcut: ['U'],
    keywords: 'deny inference link',
    enabled: (ctx) => {
      const s = ctx.store.getState();
      const id = selectSoleEdgeId(s);
      const edge = id ? s.doc.edges.find((e) => e.id === id) : undefined;
      return edge?.relation === 'supports' || edge?.relation === 'attacks';
    },
    perform(ctx) {
      const s = ctx.store.getState();
      const edge = s.doc.edges.find((e) => e.id === selectSoleEdgeId(s));
      if (edge) createNode(ctx, 'objection', { other: edge.id, relation: 'undercuts', newIs: 'from' });
    },
  },
  {
    id: 'create.note',
    label: 'New note',
    group: 'create',
    shortcut: ['N'],
    keywords: 'add comment annotation',
    perform: (ctx) => void createNode(ctx, 'note'),
  },
  {
    id: 'create.passage',
    label: 'New passage from the source…',
    group: 'create',
    shortcut: ['P'],
    keywords: 'add quote quotation evidence text',
    perform(ctx) {
      const n = primaryNode(ctx);
      ctx.ui.openDialog({ kind: 'passage', ...(n && isArguable(n) ? { linkTo: n.id } : {}) });
    },
  },
  {
    id: 'create.work',
    label: 'New work of historiography…',
    group: 'create',
    shortcut: ['W'],
    keywords: 'add reference book article historian citation',
    perform(ctx) {
      const n = primaryNode(ctx);
      ctx.ui.openDialog({ kind: 'work', ...(n && isArguable(n) ? { linkTo: n.id } : {}) });
    },
  },
];
