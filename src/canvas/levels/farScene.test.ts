import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { blockAt, farScene, foldedCounts, placeTitles } from './farScene';

describe('farScene', () => {
  const doc = sampleMap();
  const scene = farScene(doc);

  it('draws every placed claim where its card is, and only links between claims', () => {
    const claims = doc.nodes.filter((n) => n.kind === 'claim' && doc.layout[n.id]);
    expect(scene.blocks.map((b) => b.id)).toEqual(claims.map((c) => c.id));
    for (const b of scene.blocks) expect({ x: b.x, y: b.y }).toEqual(doc.layout[b.id]);
    const ids = new Set(scene.blocks.map((b) => b.id));
    const claimLinks = doc.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
    expect(scene.links.length).toBe(claimLinks.length);
  });

  it('finds the block under a point, and none between blocks', () => {
    const b = scene.blocks[0]!;
    expect(blockAt(scene, b.x + 5, b.y + 5)?.id).toBe(b.id);
    expect(blockAt(scene, -1e6, -1e6)).toBeUndefined();
  });

  it('places titles that never overlap on screen, fewer as the map shrinks', () => {
    for (const zoom of [0.4, 0.1, 0.02]) {
      const placed = placeTitles(scene, zoom, 11);
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) {
          const a = placed[i]!;
          const c = placed[j]!;
          expect(a.left < c.left + c.width && c.left < a.left + a.width && a.top < c.top + c.height && c.top < a.top + a.height).toBe(false);
        }
    }
    expect(placeTitles(scene, 0.4, 11).length).toBeGreaterThanOrEqual(placeTitles(scene, 0.02, 11).length);
    expect(placeTitles(scene, 0.02, 11).length).toBeGreaterThan(0);
  });

  it('counts the passages, works and notes linked to each claim or objection', () => {
    const counts = foldedCounts(doc);
    expect(counts.size).toBeGreaterThan(0);
    const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
    for (const [host, c] of counts) {
      expect(['claim', 'objection']).toContain(kinds.get(host));
      const linked = doc.edges.filter((e) => e.from === host || e.to === host).map((e) => kinds.get(e.from === host ? e.to : e.from));
      expect(c.passages).toBe(linked.filter((k) => k === 'passage').length);
      expect(c.works).toBe(linked.filter((k) => k === 'work').length);
    }
  });
});
