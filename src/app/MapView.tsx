import { useState } from 'react';
import { MapCanvas, type CanvasMenuRequest } from '../canvas/MapCanvas';
import { Menu, type MenuItem } from '../ui/Menu';
import { nodeSize } from '../domain/nodeSize';
import { createNode } from '../commands/helpers';
import { CanvasToolbar } from './shell/CanvasToolbar';
import { EmptyMapHint } from './shell/EmptyMapHint';
import { useCommandContext, useCommandRegistry } from '../commands/CommandsProvider';
import { displayShortcut } from '../commands/keys';
import { commandMenuItem } from '../ui/commandItems';
import { LAYOUT_COMMANDS } from '../canvas/layoutCommands';
import type { ViewDefinition } from '../ui/registries';

const NODE_MENU = ['edit.text', 'create.reason', 'create.objection', 'view.collapse', 'view.focus', 'outline.fromClaim', 'layout.selection', 'edit.duplicate', 'edit.copy', 'edit.cut', 'edit.delete'];
const EDGE_MENU = ['create.undercut', 'edit.delete'];
const PANE_MENU = ['create.passage', 'create.work', 'edit.paste', 'layout.all', 'view.fit'];

/** The map view: the canvas, with its context menus made of the shared commands. */
export function MapView() {
  const ctx = useCommandContext();
  const registry = useCommandRegistry();
  const [menu, setMenu] = useState<CanvasMenuRequest | null>(null);
  const createHere = (kind: 'claim' | 'objection' | 'note', at: { x: number; y: number }): MenuItem => {
    const { width, height } = nodeSize(kind);
    const c = registry.command(`create.${kind}`);
    return { id: `here.${kind}`, label: `${c.label} here`, hint: displayShortcut(c.shortcut![0]!), run: () => void createNode(ctx, kind, undefined, { x: at.x - width / 2, y: at.y - height / 2 }) };
  };
  const sections = (request: CanvasMenuRequest) => {
    if (request.target === 'node') return [{ items: NODE_MENU.map((id) => commandMenuItem(id, ctx, registry)) }];
    if (request.target === 'edge') return [{ items: EDGE_MENU.map((id) => commandMenuItem(id, ctx, registry)) }];
    return [
      { items: [createHere('claim', request.flow), createHere('objection', request.flow), createHere('note', request.flow)] },
      { items: PANE_MENU.map((id) => commandMenuItem(id, ctx, registry)) },
    ];
  };
  return (
    <div className="cp-map-view">
      <CanvasToolbar />
      <EmptyMapHint />
      <MapCanvas onMenu={setMenu} onOpenDetails={() => ctx.store.getState().setSidePanel({ tab: 'details', open: true })} />
      {menu ? <Menu at={menu.client} label={`${menu.target === 'pane' ? 'Canvas' : menu.target === 'node' ? 'Node' : 'Link'} actions`} sections={sections(menu)} onClose={() => setMenu(null)} /> : null}
    </div>
  );
}

export const mapView: ViewDefinition = {
  id: 'map',
  label: 'Map',
  component: MapView,
  sidePanel: true,
  commands: LAYOUT_COMMANDS,
  url: [
    {
      key: 'layout',
      read: (store) => (store.getState().layoutMode === 'lanes' ? 'lanes' : null),
      apply: (store, value) => value === 'lanes' && store.getState().setLayoutMode('lanes'),
    },
  ],
};
