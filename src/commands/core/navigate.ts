import { selectPrimaryNodeId } from '../../store';
import type { Command, CommandContext } from '../types';
import { placeOf } from '../../domain/schema/layout';

/** Moves the selection along links: up to what a node argues for, down to what argues for it. */
function step(ctx: CommandContext, direction: 'up' | 'down') {
  const s = ctx.store.getState();
  const id = selectPrimaryNodeId(s);
  if (!id) return;
  const next = s.doc.edges
    .filter((e) => e.relation !== 'undercuts' && (direction === 'up' ? e.from === id : e.to === id))
    .map((e) => (direction === 'up' ? e.to : e.from))
    .sort((a, b) => (placeOf(s.doc.layout, a)?.x ?? 0) - (placeOf(s.doc.layout, b)?.x ?? 0))[0];
  if (next) s.selectNode(next, { reveal: true });
}

function sibling(ctx: CommandContext, delta: number) {
  const s = ctx.store.getState();
  const id = selectPrimaryNodeId(s);
  if (!id) return;
  const parent = s.doc.edges.find((e) => e.from === id && e.relation !== 'undercuts' && e.relation !== 'contrasts')?.to;
  if (!parent) return;
  const siblings = s.doc.edges
    .filter((e) => e.to === parent && e.relation !== 'contrasts')
    .map((e) => e.from)
    .sort((a, b) => (placeOf(s.doc.layout, a)?.x ?? 0) - (placeOf(s.doc.layout, b)?.x ?? 0));
  const next = siblings[(siblings.indexOf(id) + delta + siblings.length) % siblings.length];
  if (next && next !== id) s.selectNode(next, { reveal: true });
}

const hasPrimary = (ctx: CommandContext) => selectPrimaryNodeId(ctx.store.getState()) !== null;

export const NAVIGATE_COMMANDS: readonly Command[] = [
  { id: 'nav.up', label: 'Go to what this argues for', group: 'navigate', shortcut: ['Alt+ArrowUp'], enabled: hasPrimary, perform: (ctx) => step(ctx, 'up') },
  { id: 'nav.down', label: 'Go to a reason for this', group: 'navigate', shortcut: ['Alt+ArrowDown'], enabled: hasPrimary, perform: (ctx) => step(ctx, 'down') },
  { id: 'nav.next', label: 'Go to the next sibling', group: 'navigate', shortcut: ['Alt+ArrowRight'], enabled: hasPrimary, perform: (ctx) => sibling(ctx, 1) },
  { id: 'nav.previous', label: 'Go to the previous sibling', group: 'navigate', shortcut: ['Alt+ArrowLeft'], enabled: hasPrimary, perform: (ctx) => sibling(ctx, -1) },
];
