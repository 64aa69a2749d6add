import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMap } from '../domain/loader';
import { sampleReader } from '../domain/testing/sampleMap';
import { createCanvasPort } from '../commands/canvasPort';
import { createCounterpointStore, openRepository, Session, type MapRepository } from '../store';
import { sampleDefaults } from '../store/testing/fixtures';
import { isEnabled, runCommand } from '../commands/registry';
import { APP_COMMAND_REGISTRY } from './commands';
import type { CommandContext, DialogRequest } from '../commands/types';

const allCommands = () => APP_COMMAND_REGISTRY.all;
const command = (id: string) => APP_COMMAND_REGISTRY.command(id);
const run = (id: string, ctx: CommandContext) => runCommand(command(id), ctx);

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

/** A command context with a real store and session, and an interface that records what it is asked. */
async function context() {
  const repo: MapRepository = await openRepository(new IDBFactory());
  const store = createCounterpointStore();
  const session = new Session(store, repo, sampleDefaults(), sampleReader());
  cleanup.push(() => {
    session.dispose();
    repo.close();
  });
  await session.start(null);
  const asked = { dialogs: [] as DialogRequest[], downloads: [] as { fileName: string; text: string }[], palette: 0 };
  const ctx: CommandContext = {
    store,
    session,
    canvas: createCanvasPort(),
    ui: {
      openPalette: () => void asked.palette++,
      openDialog: (d) => void asked.dialogs.push(d),
      pickFile: async () => null,
      download: (fileName, text) => void asked.downloads.push({ fileName, text: String(text) }),
      confirm: () => true,
    },
  };
  return { ctx, store, asked, s: () => store.getState() };
}

describe('the command registry', () => {
  it('gives every command a unique id and no two commands the same shortcut', () => {
    const ids = allCommands().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = allCommands().flatMap((c) => c.shortcut ?? []);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('knows what can run: nothing to undo or delete at the start', async () => {
    const { ctx } = await context();
    expect(isEnabled(command('edit.undo'), ctx)).toBe(false);
    expect(isEnabled(command('edit.delete'), ctx)).toBe(false);
    expect(run('edit.delete', ctx)).toBe(false);
    expect(isEnabled(command('create.claim'), ctx)).toBe(true);
  });
});

describe('commands on the map', () => {
  it('creates a claim to be typed in place, as one undo step with its text', async () => {
    const { ctx, s, store } = await context();
    run('create.claim', ctx);
    const id = s().editing!;
    expect(s().editingFresh).toBe(true);
    expect(s().selection.nodes).toEqual([id]);
    s().updateNode(id, { text: 'Typed in place' });
    s().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('links a new objection to the selected claim, below it', async () => {
    const { ctx, s } = await context();
    s().selectNode('c1');
    run('create.objection', ctx);
    const id = s().editing!;
    s().endGesture();
    expect(s().doc.edges.at(-1)).toMatchObject({ from: id, to: 'c1', relation: 'attacks' });
    expect(s().doc.layout[id]!.y).toBeGreaterThan(s().doc.layout.c1!.y);
  });

  it('creates an objection undercutting the selected support or attack', async () => {
    const { ctx, s } = await context();
    s().select({ nodes: [], edges: ['e3'] });
    expect(isEnabled(command('create.undercut'), ctx)).toBe(false);
    s().select({ nodes: [], edges: ['e2'] });
    run('create.undercut', ctx);
    s().endGesture();
    expect(s().doc.edges.at(-1)).toMatchObject({ to: 'e2', relation: 'undercuts' });
  });

  it('deletes the selection, and undo brings it back', async () => {
    const { ctx, s } = await context();
    s().select({ nodes: ['o1'], edges: ['e3'] });
    run('edit.delete', ctx);
    expect(s().doc.nodes.some((n) => n.id === 'o1')).toBe(false);
    expect(s().doc.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
    run('edit.undo', ctx);
    expect(s().doc.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    run('edit.redo', ctx);
    expect(s().doc.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
  });

  it('copies, pastes and duplicates, selecting what was pasted', async () => {
    const { ctx, s } = await context();
    s().select({ nodes: ['c1', 'o1'] });
    run('edit.copy', ctx);
    run('edit.paste', ctx);
    expect(s().selection.nodes).toEqual(['claim-1', 'objection-1']);
    expect(s().doc.edges.at(-1)).toMatchObject({ from: 'objection-1', to: 'claim-1', relation: 'attacks' });
    run('edit.duplicate', ctx);
    expect(s().selection.nodes).toEqual(['claim-2', 'objection-2']);
    expect(s().doc.layout['claim-2']).toEqual({ x: s().doc.layout['claim-1']!.x + 40, y: s().doc.layout['claim-1']!.y + 40 });
  });

  it('walks the argument: up to what a node argues for, down to its reasons', async () => {
    const { ctx, s } = await context();
    s().selectNode('p1');
    run('nav.up', ctx);
    expect(s().selection.nodes).toEqual(['c1']);
    run('nav.down', ctx);
    expect(['p1', 'o1', 'w1']).toContain(s().selection.nodes[0]);
  });

  it('toggles focus mode and its hops, and Escape leaves it first', async () => {
    const { ctx, s } = await context();
    expect(isEnabled(command('view.focus'), ctx)).toBe(false);
    s().selectNode('c1');
    run('view.focus', ctx);
    expect(s().focusHops).toBe(1);
    run('view.focusWider', ctx);
    expect(s().focusHops).toBe(2);
    run('view.clearSelection', ctx);
    expect(s().focusHops).toBeNull();
    expect(s().selection.nodes).toEqual(['c1']);
    run('view.clearSelection', ctx);
    expect(s().selection.nodes).toEqual([]);
  });

  it('asks the interface for dialogs, the palette and downloads', async () => {
    const { ctx, s, asked } = await context();
    s().selectNode('c1');
    run('create.passage', ctx);
    run('create.work', ctx);
    run('view.search', ctx);
    run('map.export', ctx);
    expect(asked.dialogs).toEqual([
      { kind: 'passage', linkTo: 'c1' },
      { kind: 'work', linkTo: 'c1' },
    ]);
    expect(asked.palette).toBe(1);
    expect(asked.downloads[0]!.fileName).toBe('sample.map.json');
    expect(loadMap(asked.downloads[0]!.text, { readSource: sampleReader() }).ok).toBe(true);
  });

  it('resets an edited default map, undoably', async () => {
    const { ctx, s } = await context();
    expect(isEnabled(command('map.reset'), ctx)).toBe(false);
    s().moveNodes({ c1: { x: 50, y: 50 } });
    run('map.reset', ctx);
    expect(s().doc).toBe(s().pristine);
    run('edit.undo', ctx);
    expect(s().doc.layout.c1).toEqual({ x: 50, y: 50 });
  });
});
