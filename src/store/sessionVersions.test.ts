import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReader } from '../domain/testing/sampleMap';
import { createCounterpointStore } from './createStore';
import { openRepository, type MapRepository } from './persistence/repository';
import { Session } from './session';
import { sampleDefaults } from './testing/fixtures';

const opened: { session: Session; repo: MapRepository }[] = [];

async function boot(factory = new IDBFactory(), clock = { t: 1_000_000 }) {
  const repo = await openRepository(factory);
  const store = createCounterpointStore();
  const session = new Session(store, repo, sampleDefaults(), sampleReader(), { versions: { defer: (run) => run(), now: () => clock.t } });
  opened.push({ session, repo });
  return { repo, store, session, factory, clock, s: () => store.getState() };
}

afterEach(() => {
  for (const { session, repo } of opened.splice(0)) {
    session.dispose();
    repo.close();
  }
});

const textOf = (doc: { nodes: readonly { id: string }[] }, id: string) => (doc.nodes.find((n) => n.id === id) as { text?: string } | undefined)?.text;

describe('earlier versions', () => {
  it('keeps one on open, then one per ten minutes of editing, listed newest first through the loader', async () => {
    const { session, s, clock } = await boot();
    await session.start(null);
    await session.versionsSettled();
    expect((await session.listVersions()).length).toBe(1);

    s().updateNode('c2', { text: 'First edit' });
    await session.flush();
    await session.versionsSettled();
    // Within ten minutes of the last snapshot: none taken.
    expect((await session.listVersions()).length).toBe(1);

    clock.t += 10 * 60 * 1000;
    s().updateNode('c2', { text: 'Second edit' });
    await session.flush();
    const versions = await session.listVersions();
    expect(versions.length).toBe(2);
    expect(versions[0]!.takenAt).toBeGreaterThan(versions[1]!.takenAt);
    expect(versions[0]!.ok && textOf(versions[0]!.map, 'c2')).toBe('Second edit');
  });

  it('keeps at most 20 per map, dropping the oldest', async () => {
    const { session, s, clock } = await boot();
    await session.start(null);
    for (let i = 0; i < 25; i++) {
      clock.t += 11 * 60 * 1000;
      s().updateNode('c2', { text: `Edit ${i}` });
      await session.flush();
    }
    const versions = await session.listVersions();
    expect(versions.length).toBe(20);
    expect(versions[0]!.ok && textOf(versions[0]!.map, 'c2')).toBe('Edit 24');
    expect(versions[19]!.ok && textOf(versions[19]!.map, 'c2')).toBe('Edit 5');
  });

  it('restores a version as one undoable step', async () => {
    const { session, s, store } = await boot();
    await session.start(null);
    const original = textOf(s().doc, 'c2');
    s().updateNode('c2', { text: 'Regretted edit' });
    const [onOpen] = await session.listVersions();
    expect(await session.restoreVersion(onOpen!.id)).toBe(true);
    expect(textOf(s().doc, 'c2')).toBe(original);
    store.getState().undo();
    expect(textOf(s().doc, 'c2')).toBe('Regretted edit');
  });

  it('lists a broken snapshot as unreadable with coded problems, and cannot restore it', async () => {
    const { session, repo } = await boot();
    await session.start(null);
    const id = await repo.addVersion({ key: 'sample', takenAt: 2_000_000, map: { broken: true } });
    const entry = (await session.listVersions()).find((v) => v.id === id)!;
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.problems.length).toBeGreaterThan(0);
    expect(await session.restoreVersion(id)).toBe(false);
  });

  it('sets a corrupted autosave aside in quarantine and opens the last good version', async () => {
    const first = await boot();
    await first.session.start(null);
    first.s().updateNode('c2', { text: 'Good edit' });
    await first.session.flush();
    first.clock.t += 11 * 60 * 1000;
    first.s().updateNode('c2', { text: 'Later good edit' });
    await first.session.flush();
    await first.session.versionsSettled();
    // A record a newer build (or a disk fault) left: the loader refuses it.
    await first.repo.put({ key: 'sample', origin: 'bundled', title: 'Sample', savedAt: 1, map: { format: 'counterpoint', version: 999, nodes: 'nonsense' } });

    const second = await boot(first.factory, first.clock);
    await second.session.start(null);
    expect(textOf(second.s().doc, 'c2')).toBe('Later good edit');
    expect(second.s().notice?.text).toMatch(/set aside.*last good version/);
    expect(second.s().notice?.problems?.length).toBeGreaterThan(0);
    const quarantined = await second.repo.listQuarantine();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.record.map).toMatchObject({ version: 999 });
    // The good version is saved again, so a reload opens it without the notice.
    expect(((await second.repo.get('sample'))!.map as { nodes: { id: string; text?: string }[] }).nodes.find((n) => n.id === 'c2')?.text).toBe('Later good edit');
  });

  it('opens the default when a corrupted autosave has no good version to fall back on', async () => {
    const first = await boot();
    await first.repo.put({ key: 'sample', origin: 'bundled', title: 'Sample', savedAt: 1, map: 'not a map' });
    await first.session.start(null);
    expect(first.s().notice?.text).toMatch(/default map is open instead/);
    expect(first.s().doc).toBe(first.s().pristine);
    expect(await first.repo.listQuarantine()).toHaveLength(1);
  });
});
