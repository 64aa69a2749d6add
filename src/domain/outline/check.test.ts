import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../loader';
import { serializeMap } from '../serialize';
import { sampleMap, sampleReader } from '../testing/sampleMap';

const load = (outlines: unknown) => loadMapValue({ ...sampleMap(), outlines }, { readSource: sampleReader() });
const codes = (r: ReturnType<typeof load>) => r.problems.map((p) => `${p.path} ${p.code}`);

describe('saved outlines in the loader', () => {
  it('loads a saved outline and writes it back in stable key order', () => {
    const r = load([{ notes: { 'link:e2': 'Why?' }, thesis: 'c1', excluded: ['link:e3'], style: 'apa' }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.outlines).toEqual([{ thesis: 'c1', notes: { 'link:e2': 'Why?' }, excluded: ['link:e3'], style: 'apa' }]);
    const written = serializeMap(r.map);
    expect(written.indexOf('"thesis": "c1"')).toBeLessThan(written.indexOf('"excluded"'));
    expect(written.indexOf('"excluded"')).toBeLessThan(written.indexOf('"notes"'));
  });

  it('leaves a map without outlines without them', () => {
    const r = loadMapValue(sampleMap(), { readSource: sampleReader() });
    expect(r.ok && 'outlines' in r.map).toBe(false);
    expect(r.ok && serializeMap(r.map)).not.toContain('outlines');
  });

  it('drops, with a warning naming it, an outline whose thesis is no longer a node (the map still loads)', () => {
    const r = load([{ thesis: 'ghost' }, { thesis: 'c1' }]);
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('$.outlines[0].thesis OUTLINE_ORPHAN');
    expect(r.problems.find((p) => p.code === 'OUTLINE_ORPHAN')?.message).toContain('"ghost"');
    expect(r.ok && r.map.outlines?.map((o) => o.thesis)).toEqual(['c1']);
  });

  it('drops an outline whose thesis is a passage or a work', () => {
    expect(codes(load([{ thesis: 'p1' }]))).toContain('$.outlines[0].thesis OUTLINE_ORPHAN');
    expect(codes(load([{ thesis: 'w1' }]))).toContain('$.outlines[0].thesis OUTLINE_ORPHAN');
  });

  it('keeps the first of two outlines for one thesis', () => {
    const r = load([{ thesis: 'c1', style: 'apa' }, { thesis: 'c1' }]);
    expect(codes(r)).toContain('$.outlines[1].thesis OUTLINE_ORPHAN');
    expect(r.ok && r.map.outlines).toEqual([{ thesis: 'c1', style: 'apa' }]);
  });

  it('reports a malformed outline at its path', () => {
    expect(codes(load([{ thesis: 'c1', style: 'harvard' }]))).toContain('$.outlines[0].style SCHEMA_INVALID');
    expect(codes(load({ thesis: 'c1' }))).toContain('$.outlines SCHEMA_INVALID');
    expect(codes(load([{ thesis: 'c1', depth: 0 }]))).toContain('$.outlines[0].depth SCHEMA_INVALID');
  });

  it('drops an unknown field of an outline with a warning', () => {
    const r = load([{ thesis: 'c1', colour: 'red' }]);
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('$.outlines[0].colour FIELD_DROPPED');
  });
});
