import { describe, expect, it } from 'vitest';
import { SAMPLE_SOURCE, sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { copyFragment } from './fragment';
import { FRAGMENT_FORMAT, fragmentFromText, fragmentToText } from './fragmentText';

const reader = sampleReader();

describe('copied nodes as clipboard text', () => {
  it('round-trips a fragment through the loader, records and links included, source texts read where it is pasted', () => {
    const map = sampleMap();
    const fragment = copyFragment(map, ['c1', 'p1', 'o1', 'w1'], {});
    const text = fragmentToText(fragment);
    expect(JSON.parse(text)).toMatchObject({ format: FRAGMENT_FORMAT, version: 1 });
    expect(text).not.toContain('sourceTexts');
    const read = fragmentFromText(text, reader);
    expect(read.kind).toBe('fragment');
    if (read.kind !== 'fragment') return;
    expect(read.fragment.nodes.map((n) => n.id).sort()).toEqual(['c1', 'o1', 'p1', 'w1']);
    expect(read.fragment.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e4']);
    expect(read.fragment.references.map((r) => r.id)).toEqual(['lih2006']);
    expect(read.fragment.sourceTexts.s).toBe(SAMPLE_SOURCE);
  });

  it('leaves other text alone: plain words, JSON of another kind, a map file', () => {
    expect(fragmentFromText('The bourgeoisie cannot lead.', reader)).toEqual({ kind: 'other' });
    expect(fragmentFromText('{"nodes": []}', reader)).toEqual({ kind: 'other' });
    expect(fragmentFromText(JSON.stringify(sampleMap()), reader)).toEqual({ kind: 'other' });
    expect(fragmentFromText('[1, 2]', reader)).toEqual({ kind: 'other' });
  });

  it('refuses a fragment the loader refuses, with its coded problems: a misquote, an edge to nowhere', () => {
    const fragment = copyFragment(sampleMap(), ['c1', 'p1'], {});
    const misquoted = { ...JSON.parse(fragmentToText(fragment)) };
    misquoted.nodes = misquoted.nodes.map((n: { kind: string }) => (n.kind === 'passage' ? { ...n, quote: 'Words the source never held, not even nearly so.', prefix: '', suffix: '' } : n));
    const refused = fragmentFromText(JSON.stringify(misquoted), reader);
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') expect(refused.problems.map((p) => p.code)).toContain('QUOTE_NOT_FOUND');

    const dangling = { ...JSON.parse(fragmentToText(fragment)), edges: [{ id: 'e9', from: 'c1', to: 'ghost', relation: 'supports' }] };
    const second = fragmentFromText(JSON.stringify(dangling), reader);
    expect(second.kind === 'refused' && second.problems.some((p) => p.code === 'DANGLING_EDGE')).toBe(true);
  });

  it('strips what a map may not carry: style and class names, and never takes the envelope from the clipboard', () => {
    const fragment = copyFragment(sampleMap(), ['c1'], {});
    const tampered = JSON.parse(fragmentToText(fragment));
    tampered.nodes[0] = { ...tampered.nodes[0], style: { background: 'url(javascript:alert(1))' }, className: 'evil' };
    tampered.version = 99;
    const read = fragmentFromText(JSON.stringify(tampered), reader);
    expect(read.kind).toBe('fragment');
    if (read.kind !== 'fragment') return;
    expect(read.fragment.nodes[0]).not.toHaveProperty('style');
    expect(read.fragment.nodes[0]).not.toHaveProperty('className');
  });
});
