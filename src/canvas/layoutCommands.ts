import { layoutPositions } from './layout/layoutClient';
import type { Command, CommandContext } from '../commands/types';

async function layout(ctx: CommandContext, ids?: readonly string[]) {
  const before = ctx.store.getState().doc;
  try {
    const positions = await layoutPositions(before, ids);
    // The user may have edited while ELK ran; apply positions only for nodes that still exist.
    const { doc, moveNodes } = ctx.store.getState();
    const alive = new Set(doc.nodes.map((n) => n.id));
    moveNodes(Object.fromEntries(Object.entries(positions).filter(([id]) => alive.has(id))));
    if (!ids) ctx.store.getState().requestFit();
  } catch (e) {
    ctx.store.getState().notify({ tone: 'error', text: `The layout could not be computed: ${e instanceof Error ? e.message : String(e)}` });
  }
}

export const LAYOUT_COMMANDS: readonly Command[] = [
  {
    id: 'layout.selection',
    label: 'Tidy the selection',
    group: 'layout',
    shortcut: ['L'],
    keywords: 'arrange layout auto',
    enabled: (ctx) => inFreeLayout(ctx) && ctx.store.getState().selection.nodes.length > 1,
    perform: (ctx) => layout(ctx, ctx.store.getState().selection.nodes),
  },
  {
    id: 'layout.all',
    label: 'Lay out the whole map again',
    group: 'layout',
    shortcut: ['Shift+L'],
    keywords: 'arrange auto relayout elk',
    enabled: (ctx) => inFreeLayout(ctx) && ctx.store.getState().doc.nodes.length > 1,
    perform: (ctx) => layout(ctx),
  },
  {
    id: 'layout.lanes',
    label: 'Swimlanes',
    group: 'layout',
    shortcut: ['S'],
    keywords: 'lanes positions columns rows questions compare side by side free layout',
    checked: (ctx) => ctx.store.getState().layoutMode === 'lanes',
    perform(ctx) {
      const s = ctx.store.getState();
      if (s.view !== 'map') s.setView('map');
      s.setLayoutMode(s.layoutMode === 'lanes' ? 'free' : 'lanes');
    },
  },
  {
    id: 'layout.resetLanes',
    label: 'Put every claim back in its swimlane',
    group: 'layout',
    keywords: 'reset lanes rearrange',
    enabled: (ctx) => !inFreeLayout(ctx) && Object.keys(ctx.store.getState().doc.laneLayout ?? {}).length > 0,
    perform: (ctx) => void ctx.store.getState().resetLanes(),
  },
];

/** ELK arranges the free layout; the swimlanes arrange themselves. */
function inFreeLayout(ctx: CommandContext): boolean {
  return ctx.store.getState().layoutMode === 'free';
}
