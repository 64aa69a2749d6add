import { afterEach, describe, expect, it } from 'vitest';
import { sampleReader } from '../../domain/testing/sampleMap';
import { createCounterpointStore } from '../createStore';
import { openedSample } from '../testing/fixtures';
import type { CounterpointStore } from '../types';
import { LiveSession } from './liveSession';
import type { ChannelLike } from './tabRelay';

/** BroadcastChannel between "tabs" in one process: delivered later, never to the sender, as browsers do. */
function channelHub() {
  const byName = new Map<string, Set<ChannelLike>>();
  return (name: string): ChannelLike => {
    const peers = byName.get(name) ?? new Set<ChannelLike>();
    byName.set(name, peers);
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        for (const other of peers) if (other !== channel) setTimeout(() => other.onmessage?.({ data: message }), 0);
      },
      close: () => void peers.delete(channel),
    };
    peers.add(channel);
    return channel;
  };
}

const sessions: LiveSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

function tab(hub: (name: string) => ChannelLike): CounterpointStore {
  const store = createCounterpointStore(openedSample());
  sessions.push(new LiveSession(store, { readSource: sampleReader(), repo: null, openMap: async () => undefined, channel: hub }));
  return store;
}

const textOf = (store: CounterpointStore, id: string) => {
  const node = store.getState().doc.nodes.find((n) => n.id === id);
  return node && 'text' in node ? node.text : undefined;
};

const settle = async (predicate: () => boolean) => {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate()).toBe(true);
};

describe('two tabs on one map', () => {
  it('see each other, and each one’s edits reach the other', async () => {
    const hub = channelHub();
    const a = tab(hub);
    const b = tab(hub);
    await settle(() => a.getState().live.tabs === 1 && b.getState().live.tabs === 1);
    expect(a.getState().live.mode).toBe('tabs');

    const added = a.getState().addNode({ kind: 'claim', text: 'Made in tab A.' }, { x: 10, y: 10 });
    if (!added.ok) throw new Error(added.message);
    await settle(() => b.getState().doc.nodes.some((n) => n.id === added.value));
    expect(b.getState().doc.nodes.find((n) => n.id === added.value)).toMatchObject({ text: 'Made in tab A.' });

    b.getState().updateNode('c1', { text: 'Edited in tab B.' });
    await settle(() => textOf(a, 'c1') === 'Edited in tab B.');
    // The other tab's edit is not this tab's undo step.
    expect(a.getState().doc.nodes.some((n) => n.id === added.value)).toBe(true);
  });

  it('never overwrite each other: ids differ per tab, and undo takes back only one’s own edits', async () => {
    const hub = channelHub();
    const a = tab(hub);
    const b = tab(hub);
    await settle(() => a.getState().live.tabs === 1 && b.getState().live.tabs === 1);
    const fromA = a.getState().addNode({ kind: 'claim', text: 'A' }, { x: 0, y: 0 });
    const fromB = b.getState().addNode({ kind: 'claim', text: 'B' }, { x: 0, y: 200 });
    if (!fromA.ok || !fromB.ok) throw new Error('refused');
    expect(fromA.value).not.toBe(fromB.value);
    await settle(() => [a, b].every((s) => [fromA.value, fromB.value].every((id) => s.getState().doc.nodes.some((n) => n.id === id))));

    b.getState().updateNode('c2', { text: 'B’s later edit.' });
    await settle(() => textOf(a, 'c2') === 'B’s later edit.');
    expect(a.getState().historyOverride?.canUndo).toBe(true);
    a.getState().undo();
    await settle(() => b.getState().doc.nodes.every((n) => n.id !== fromA.value));
    expect(textOf(a, 'c2')).toBe('B’s later edit.');
    expect(b.getState().doc.nodes.some((n) => n.id === fromB.value)).toBe(true);
    a.getState().redo();
    await settle(() => b.getState().doc.nodes.some((n) => n.id === fromA.value));
  });

  it('holds another tab’s edit back during a drag, then shows it without losing either', async () => {
    const hub = channelHub();
    const a = tab(hub);
    const b = tab(hub);
    await settle(() => a.getState().live.tabs === 1 && b.getState().live.tabs === 1);
    a.getState().beginGesture();
    a.getState().moveNodes({ c1: { x: 999, y: 5 } });
    b.getState().updateNode('c2', { text: 'During the drag.' });
    await new Promise((r) => setTimeout(r, 50));
    expect(textOf(a, 'c2')).not.toBe('During the drag.');
    a.getState().endGesture();
    await settle(() => textOf(a, 'c2') === 'During the drag.');
    await settle(() => b.getState().doc.layout.c1?.x === 999);
    expect(a.getState().doc.layout.c1?.x).toBe(999);
  });

  it('goes back to working alone when the other tab closes, with a fresh history', async () => {
    const hub = channelHub();
    const a = tab(hub);
    tab(hub);
    await settle(() => a.getState().live.tabs === 1);
    a.getState().updateNode('c1', { text: 'Live edit.' });
    sessions.pop()!.dispose();
    await settle(() => a.getState().live.mode === 'alone');
    expect(a.getState().historyOverride).toBeNull();
    expect(a.getState().idTag).toBeNull();
    expect(a.temporal.getState().pastStates).toHaveLength(0);
  });
});
