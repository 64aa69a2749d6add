import { afterEach, describe, expect, it } from 'vitest';
import { loadMap } from '../domain/loader';
import { textHash } from '../domain/text/hash';
import { SAMPLE_SOURCE, sampleReader } from '../domain/testing/sampleMap';
import type { createCounterpointStore } from './createStore';
import type { Session } from './session';
import { storedHashes } from './library/storedTexts';
import { bootSession, disposeSessions } from './testing/sessions';

const boot = bootSession;

afterEach(disposeSessions);

const LONG = `${SAMPLE_SOURCE}\n\n${'A long appendix paragraph. '.repeat(40)}`;
const HASH = textHash(LONG);
const QUOTE = 'A long appendix paragraph.';

/** Adds a source kept in the browser by hash, and a passage quoting it, as the reader does. */
async function addStoredSource(session: Session, s: () => ReturnType<ReturnType<typeof createCounterpointStore>['getState']>) {
  expect(await session.keepSourceText(HASH, LONG)).toBe(true);
  expect(s().addSource({ id: 'appendix', title: 'Appendix', stored: 'browser', hash: HASH, pages: [{ start: 0, label: '7' }, { start: SAMPLE_SOURCE.length + 2, label: '8' }] }, LONG).ok).toBe(true);
  const start = LONG.indexOf(QUOTE);
  return s().addNode({ kind: 'passage', source: 'appendix', quote: QUOTE, start, end: start + QUOTE.length }, { x: 0, y: 0 });
}

describe('source texts kept in the browser by hash', () => {
  it('reads the text back by its hash when the map is opened in a new session, and anchors its passages', async () => {
    const first = await boot();
    await first.session.start(null);
    const added = await addStoredSource(first.session, first.s);
    await first.session.flush();

    const second = await boot(first.factory);
    await second.session.start(null);
    expect(second.s().doc.sources.find((x) => x.id === 'appendix')).toMatchObject({ stored: 'browser', hash: HASH });
    expect(second.s().sourceTexts.appendix).toBe(LONG);
    expect(added.ok && second.s().anchors[added.value]).toMatchObject({ status: 'exact' });
    // The loader gave the passage its page from the source's boundaries.
    expect(added.ok && second.s().doc.nodes.find((n) => n.id === added.value)).toMatchObject({ page: '8' });
    expect(second.s().loadProblems.map((p) => p.code)).not.toContain('SOURCE_TEXT_NOT_IN_FILE');
  });

  it('exports a map that stands alone (the stored text embedded), or a folder with the text under sources/', async () => {
    const { session, s } = await boot();
    await session.start(null);
    await addStoredSource(session, s);
    const single = session.exportFile();
    expect(single.problems).toEqual([]);
    const back = loadMap(single.text, { readSource: sampleReader() });
    expect(back.ok && back.map.sources.find((x) => x.id === 'appendix')).toMatchObject({ text: LONG, hash: HASH });
    expect(back.ok && back.map.sources.find((x) => x.id === 'appendix')?.stored).toBeUndefined();
    // A source read from a file keeps naming its file.
    expect(back.ok && back.map.sources.find((x) => x.id === 's')).toMatchObject({ file: 'sources/s.txt' });

    const folder = session.exportFolder();
    expect(folder.files.map((f) => f.path)).toEqual(['sample.map.json', 'sources/s.txt', 'sources/appendix.txt']);
    expect(folder.files[2]!.text).toBe(LONG);
  });

  it('warns, and names the text by hash, when this browser does not have a stored text', async () => {
    const { session, s } = await boot();
    await session.start(null);
    s().addSource({ id: 'elsewhere', title: 'Kept in another browser', stored: 'browser', hash: 'b'.repeat(64) }, 'unused');
    // The text is not in the store's copy either: as when a map comes from another browser.
    s().openDocument({ key: 'sample', origin: 'bundled', map: s().doc, sourceTexts: { s: SAMPLE_SOURCE }, anchors: {}, problems: [] });
    const out = session.exportFile();
    expect(out.problems.map((p) => p.code)).toEqual(['SOURCE_TEXT_NOT_IN_FILE']);
    expect(JSON.parse(out.text).sources[1]).toMatchObject({ stored: 'browser', hash: 'b'.repeat(64) });
  });

  it('finds the hashes of stored sources in a raw map, and nothing in what is not a map', () => {
    expect(storedHashes({ sources: [{ stored: 'browser', hash: HASH }, { text: 'x', hash: 'c'.repeat(64) }, { stored: 'browser', hash: 'not a hash' }] })).toEqual([HASH]);
    expect(storedHashes(null)).toEqual([]);
    expect(storedHashes({ sources: 'no' })).toEqual([]);
  });
});
