import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { sampleReader } from '../domain/testing/sampleMap';
import { RoomGuard } from './check';
import { applyMapDiff } from './diff';
import { ROOM_LIMITS } from './limits';
import { docOf, fullSampleMap, mapOf, replicaOf, withNode } from './testing';

/** What a client's edit sends: the update its transaction makes. */
function updateOf(doc: Y.Doc, run: () => void): Uint8Array {
  const parts: Uint8Array[] = [];
  const take = (u: Uint8Array) => parts.push(u);
  doc.on('update', take);
  run();
  doc.off('update', take);
  return Y.mergeUpdates(parts);
}

/** A room holding the sample map, a guard on it, and one client in sync with it. */
function room(limits = ROOM_LIMITS) {
  const doc = docOf(fullSampleMap());
  const guard = new RoomGuard(doc, { readSource: sampleReader(), limits });
  const client = replicaOf(doc);
  /** Checks a client's update and, when the guard lets it through, lets the room take it (as the server does). */
  const send = (update: Uint8Array) => {
    const verdict = guard.check(update);
    if (verdict.ok) Y.applyUpdate(doc, update, 'client');
    return verdict;
  };
  return { doc, guard, client, send };
}

describe('RoomGuard', () => {
  it('lets a valid edit through', () => {
    const { doc, client, send } = room();
    const map = mapOf(client);
    const verdict = send(updateOf(client, () => applyMapDiff(client, map, withNode(map, 'c1', { text: 'Valid.' }), null)));
    expect(verdict).toEqual({ ok: true, changed: true });
    expect(mapOf(doc).nodes.find((n) => n.id === 'c1')).toMatchObject({ text: 'Valid.' });
  });

  it('refuses an edit that would leave the map invalid; the room is untouched and takes the next valid edit', () => {
    const { doc, client, send } = room();
    const before = mapOf(doc);
    const clean = replicaOf(doc);
    const bad = updateOf(client, () => (client.getMap('nodes').get('c1') as Y.Map<unknown>).set('text', ''));
    const verdict = send(bad);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.code).toBe('ROOM_UPDATE_INVALID');
    expect(verdict.problems[0]).toMatchObject({ code: 'SCHEMA_INVALID', path: '$.nodes[0].text' });
    expect(mapOf(doc)).toEqual(before);
    const map = mapOf(clean);
    expect(send(updateOf(clean, () => applyMapDiff(clean, map, withNode(map, 'o1', { text: 'Still works.' }), null))).ok).toBe(true);
    expect(mapOf(doc).nodes.find((n) => n.id === 'o1')).toMatchObject({ text: 'Still works.' });
  });

  it('refuses an edit that names what does not exist, or quotes what the source does not say', () => {
    const { client, send } = room();
    const map = mapOf(client);
    const fresh = () => replicaOf(client);
    const a = fresh();
    expect(send(updateOf(a, () => applyMapDiff(a, map, withNode(map, 'c1', { position: 'nobody' }), null)))).toMatchObject({ ok: false, code: 'ROOM_UPDATE_INVALID' });
    const b = fresh();
    expect(send(updateOf(b, () => applyMapDiff(b, map, withNode(map, 'p1', { quote: 'Words the source never had.' }), null)))).toMatchObject({ ok: false });
  });

  it('refuses an edit past the node limit', () => {
    const { client, send } = room({ ...ROOM_LIMITS, maxNodes: 8 });
    const map = mapOf(client);
    const grown = { ...map, nodes: [...map.nodes, { id: 'c8', kind: 'claim' as const, text: 'One too many.' }] };
    expect(send(updateOf(client, () => applyMapDiff(client, map, grown, null)))).toMatchObject({ ok: false, code: 'ROOM_TOO_LARGE' });
  });

  it('refuses an edit past the byte limit', () => {
    const { client, send } = room({ ...ROOM_LIMITS, maxDocBytes: 4096 });
    const map = mapOf(client);
    const long = withNode(map, 'c1', { text: 'x'.repeat(5000) });
    expect(send(updateOf(client, () => applyMapDiff(client, map, long, null)))).toMatchObject({ ok: false, code: 'ROOM_TOO_LARGE' });
  });

  it('an update the room already has changes nothing and passes', () => {
    const { doc, guard } = room();
    expect(guard.check(Y.encodeStateAsUpdate(doc))).toEqual({ ok: true, changed: false });
  });

  it('an empty room takes a whole valid map, and refuses junk', () => {
    const doc = new Y.Doc();
    const guard = new RoomGuard(doc, { readSource: sampleReader() });
    const junk = new Y.Doc();
    junk.getMap('nodes').set('x', 1);
    expect(guard.check(Y.encodeStateAsUpdate(junk)).ok).toBe(false);
    expect(guard.check(Y.encodeStateAsUpdate(docOf(fullSampleMap())))).toEqual({ ok: true, changed: true });
  });

  it('an unreadable update is refused, not thrown', () => {
    const { guard } = room();
    expect(guard.check(new Uint8Array([1, 2, 3, 250, 250, 250]))).toMatchObject({ ok: false, code: 'ROOM_UPDATE_INVALID' });
  });

  it('in a room whose map already has an error, an edit that adds none is taken, one that adds one is not', () => {
    const { doc, guard, client } = room();
    // As if two valid edits had merged into an invalid map (the room took it from another instance).
    (doc.getMap('nodes').get('c2') as Y.Map<unknown>).set('position', 'gone');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(client)));
    const fine = updateOf(client, () => (client.getMap('nodes').get('c1') as Y.Map<unknown>).set('text', 'An unrelated fix.'));
    expect(guard.check(fine).ok).toBe(true);
    Y.applyUpdate(doc, fine);
    const worse = updateOf(client, () => (client.getMap('nodes').get('o1') as Y.Map<unknown>).set('position', 'also-gone'));
    expect(guard.check(worse).ok).toBe(false);
  });
});

describe('RoomGuard.checkBatch', () => {
  it('takes a lot of valid updates with one load, and picks the bad one out of a mixed lot', () => {
    const { doc, guard, client } = room();
    const map = mapOf(client);
    const others = [replicaOf(client), replicaOf(client), replicaOf(client)];
    const [a, b, c] = others as [Y.Doc, Y.Doc, Y.Doc];
    const good1 = updateOf(a, () => applyMapDiff(a, map, withNode(map, 'c1', { text: 'From a.' }), null));
    const good2 = updateOf(b, () => applyMapDiff(b, map, withNode(map, 'o1', { text: 'From b.' }), null));
    expect(guard.checkBatch([{ update: good1, sender: 'a' }, { update: good2, sender: 'b' }])).toEqual([{ ok: true, changed: true }, { ok: true, changed: true }]);
    Y.applyUpdate(doc, good1);
    Y.applyUpdate(doc, good2);

    const bad = updateOf(c, () => (c.getMap('nodes').get('c2') as Y.Map<unknown>).set('text', ''));
    const afterBad = updateOf(c, () => (c.getMap('nodes').get('c2') as Y.Map<unknown>).set('central', true));
    const good3 = updateOf(a, () => (a.getMap('nodes').get('o1') as Y.Map<unknown>).set('title', 'Titled'));
    const verdicts = guard.checkBatch([
      { update: bad, sender: 'c' },
      { update: good3, sender: 'a' },
      { update: afterBad, sender: 'c' },
    ]);
    expect(verdicts.map((v) => v.ok)).toEqual([false, true, false]);
    Y.applyUpdate(doc, good3);
    expect(mapOf(doc).nodes.find((n) => n.id === 'o1')).toMatchObject({ title: 'Titled', text: 'From b.' });
    expect(mapOf(doc).nodes.find((n) => n.id === 'c2')).not.toMatchObject({ central: true });
  });
});
