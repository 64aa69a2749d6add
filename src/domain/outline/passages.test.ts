import { describe, expect, it } from 'vitest';
import { loadPagedFixture } from '../../../tests/fixtures/sources/fixture';
import type { ArgumentMap } from '../schema/map';
import { buildOutline } from './build';
import { passageCite } from './passages';
import type { Outline } from './types';

const { map, sourceTexts } = loadPagedFixture();
const outlineOf = (m: ArgumentMap): Outline => {
  const r = buildOutline(m, 'permanent-revolution', { sourceTexts });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
};
const passageNode = (id: string) => map.nodes.find((n) => n.id === id) as { page?: string };

describe('passages of a source that is a work', () => {
  it('are cited by the source’s reference and the page they stand on', () => {
    const evidence = outlineOf(map).thesis.children;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.passage).toMatchObject({ refId: 'test-printing', page: passageNode(e.nodeId!).page });
      expect(e.cite).toEqual({ refId: 'test-printing', pages: passageNode(e.nodeId!).page });
    }
  });

  it('take their page from the source’s boundaries, not a stale recorded one', () => {
    const stale = { ...map, nodes: map.nodes.map((n) => (n.kind === 'passage' ? { ...n, page: '99' } : n)) };
    const pages = outlineOf(stale).thesis.children.map((e) => e.cite?.pages);
    expect(pages).not.toContain('99');
    expect(pages).toEqual(outlineOf(map).thesis.children.map((e) => e.cite?.pages));
  });

  it('fall back to the paragraph in an unpaged work, and to no reference at all when the source names none', () => {
    const source = map.sources[0]!;
    const unpaged = outlineOf({ ...map, sources: [{ ...source, pages: undefined }] }).thesis.children[0]!;
    expect(unpaged.cite).toEqual({ refId: 'test-printing', pages: `para. ${unpaged.passage!.paragraph}` });
    const noWork = outlineOf({ ...map, sources: [{ ...source, ref: undefined }] }).thesis.children[0]!;
    expect(noWork.cite).toBeUndefined();
    expect(noWork.passage!.paragraph).toBeGreaterThan(0);
  });

  it('passageCite: page first, then paragraph, then the reference alone', () => {
    const base = { sourceId: 's', sourceTitle: 'S', refId: 'r' };
    expect(passageCite({ ...base, page: '41-42', paragraph: 3 })).toEqual({ refId: 'r', pages: '41-42' });
    expect(passageCite({ ...base, paragraph: 89 })).toEqual({ refId: 'r', pages: 'para. 89' });
    expect(passageCite(base)).toEqual({ refId: 'r' });
    expect(passageCite({ sourceId: 's', sourceTitle: 'S', page: '4' })).toBeUndefined();
  });
});
