import { describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../errors';
import { memoryReader, sampleMap, sampleReader, SAMPLE_SOURCE } from '../testing/sampleMap';
import { loadMap, loadMapValue, type LoadResult } from './load';

const load = (value: unknown, reader = sampleReader()) => loadMapValue(value, { readSource: reader });
const mutate = (f: (m: any) => void) => {
  const m: any = sampleMap();
  f(m);
  return m;
};
const codes = (r: LoadResult) => r.problems.map((p) => p.code);
const find = (r: LoadResult, code: ProblemCode): Problem => {
  const p = r.problems.find((x) => x.code === code);
  if (!p) throw new Error(`no ${code} among ${codes(r).join(', ')}`);
  return p;
};

describe('loadMap', () => {
  it('accepts a valid map with no problems', () => {
    const r = load(sampleMap());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.map.nodes).toHaveLength(6);
      expect(r.anchors.p1?.status).toBe('exact');
      expect(r.sourceTexts.s).toBe(SAMPLE_SOURCE);
    }
  });

  it('reports invalid JSON with its line and column', () => {
    const r = loadMap('{\n  "format": "counterpoint-map",\n  "version": 1,,\n}', { readSource: sampleReader() });
    expect(r.ok).toBe(false);
    const p = find(r, 'JSON_INVALID');
    expect(p.path).toBe('$');
    expect(p.message).toMatch(/line 3/);
  });

  it('reports truncated JSON', () => {
    const text = JSON.stringify(sampleMap(), null, 2);
    const r = loadMap(text.slice(0, text.length / 2), { readSource: sampleReader() });
    expect(find(r, 'JSON_INVALID').message).toMatch(/not valid JSON/);
  });

  it('refuses a wrong envelope: not an object, wrong format, bad version', () => {
    expect(codes(load([1, 2]))).toEqual(['ENVELOPE_INVALID']);
    const wrongFormat = load(mutate((m) => (m.format = 'argdown')));
    expect(find(wrongFormat, 'ENVELOPE_INVALID').path).toBe('$.format');
    const noVersion = load(mutate((m) => delete m.version));
    expect(find(noVersion, 'ENVELOPE_INVALID').path).toBe('$.version');
  });

  it('refuses a newer version with a clear message and reads nothing else', () => {
    const r = load(mutate((m) => {
      m.version = 2;
      m.nodes = 'garbage';
    }));
    expect(codes(r)).toEqual(['VERSION_TOO_NEW']);
    expect(r.problems[0]!.message).toMatch(/version 2.*up to 1/);
  });

  it('reports wrong types at their JSON path', () => {
    const r = load(mutate((m) => {
      m.nodes[0].central = 'yes';
      m.layout.c1.x = 'left';
    }));
    expect(r.ok).toBe(false);
    const paths = r.problems.filter((p) => p.code === 'SCHEMA_INVALID').map((p) => p.path);
    expect(paths).toContain('$.nodes[0].central');
    expect(paths).toContain('$.layout.c1.x');
  });

  it('reports duplicate ids, across nodes and edges too', () => {
    const r = load(mutate((m) => {
      m.nodes[1].id = 'c1';
      m.edges[0].id = 'o1';
    }));
    const dups = r.problems.filter((p) => p.code === 'DUPLICATE_ID');
    expect(dups.map((p) => p.path)).toEqual(['$.nodes[1].id', '$.edges[0].id']);
    expect(dups[0]!.message).toMatch(/already used at \$\.nodes\[0\]\.id/);
  });

  it('reports an unknown node kind', () => {
    const r = load(mutate((m) => m.nodes.push({ id: 'x1', kind: 'banana', text: 'hi' })));
    const p = find(r, 'UNKNOWN_NODE_KIND');
    expect(p.path).toBe('$.nodes[6].kind');
    expect(p.recordId).toBe('x1');
  });

  it('reports an edge to a missing node', () => {
    const r = load(mutate((m) => (m.edges[1].to = 'ghost')));
    const p = find(r, 'DANGLING_EDGE');
    expect(p.path).toBe('$.edges[1].to');
    expect(p.message).toMatch(/"ghost"/);
  });

  it('reports an undercut aimed at a missing edge', () => {
    const r = load(mutate((m) => m.edges.push({ id: 'u1', from: 'o1', to: 'e99', relation: 'undercuts' })));
    expect(find(r, 'DANGLING_UNDERCUT').path).toBe('$.edges[4].to');
  });

  it('accepts an undercut aimed at an attack edge', () => {
    const r = load(mutate((m) => {
      m.nodes.push({ id: 'o2', kind: 'objection', text: 'That does not follow.' });
      m.edges.push({ id: 'u1', from: 'o2', to: 'e2', relation: 'undercuts' });
    }));
    expect(r.ok).toBe(true);
  });

  it('reports assesses without a stance', () => {
    const r = load(mutate((m) => delete m.edges[3].stance));
    expect(find(r, 'STANCE_MISSING').path).toBe('$.edges[3].stance');
  });

  it('reports a work whose ref is not among the references', () => {
    const r = load(mutate((m) => (m.nodes[4].ref = 'pipes1990')));
    const p = find(r, 'UNKNOWN_REFERENCE');
    expect(p.path).toBe('$.nodes[4].ref');
    expect(p.message).toMatch(/pipes1990/);
  });

  it('reports a passage whose source is missing', () => {
    const r = load(mutate((m) => (m.nodes[2].source = 'nowhere')));
    expect(find(r, 'UNKNOWN_SOURCE').path).toBe('$.nodes[2].source');
  });

  it.each(['../secret.txt', '/etc/passwd', 'sources/../../x.txt', 'C:/x.txt', 'sources\\s.txt'])(
    'refuses a source file outside maps/: %s',
    (file) => {
      const r = load(mutate((m) => (m.sources[0].file = file)));
      expect(find(r, 'SOURCE_OUTSIDE_MAPS').path).toBe('$.sources[0].file');
    },
  );

  it('refuses a source the host reports as outside (a symbolic link)', () => {
    const r = load(sampleMap(), () => ({ status: 'outside' }));
    expect(codes(r)).toContain('SOURCE_OUTSIDE_MAPS');
  });

  it('reports an absent source file', () => {
    const r = load(sampleMap(), memoryReader({}));
    expect(find(r, 'SOURCE_NOT_FOUND').message).toMatch(/sources\/s\.txt/);
  });

  it('reports offsets out of range', () => {
    const r = load(mutate((m) => {
      m.nodes[2].start = 5000;
      m.nodes[2].end = 5086;
    }));
    const p = find(r, 'OFFSET_OUT_OF_RANGE');
    expect(p.recordId).toBe('p1');
    expect(p.message).toMatch(/the quote occurs at 27-113/);
  });

  it('reports reversed offsets as out of range', () => {
    const r = load(mutate((m) => ([m.nodes[2].start, m.nodes[2].end] = [m.nodes[2].end, m.nodes[2].start])));
    expect(codes(r)).toContain('OFFSET_OUT_OF_RANGE');
  });

  it('reports a quote not found in its source, naming the passage', () => {
    const r = load(mutate((m) => (m.nodes[2].quote = 'Nothing of the sort was ever written in this text at all, anywhere.')));
    const p = find(r, 'QUOTE_NOT_FOUND');
    expect(p.recordId).toBe('p1');
    expect(p.message).toMatch(/passage "p1"/);
    expect(r.ok).toBe(false);
  });

  it('re-anchors a moved exact quote and reports it as information', () => {
    const shifted = `A new first paragraph.\n\n${SAMPLE_SOURCE}`;
    const r = load(sampleMap(), sampleReader(shifted));
    expect(r.ok).toBe(true);
    const p = find(r, 'QUOTE_REANCHORED');
    expect(p.severity).toBe('info');
    if (r.ok) {
      const passage = r.map.nodes.find((n) => n.id === 'p1');
      expect(passage).toMatchObject({ start: 27 + 24, end: 113 + 24 });
    }
  });

  it('flags a reworded quote as needing review and does not move it', () => {
    const reworded = SAMPLE_SOURCE.replace('incapable', 'unable');
    const r = load(sampleMap(), sampleReader(reworded));
    expect(r.ok).toBe(true);
    const p = find(r, 'QUOTE_NEEDS_REVIEW');
    expect(p.severity).toBe('warning');
    expect(p.recordId).toBe('p1');
    expect(p.message).toMatch(/passage "p1" needs review/);
    expect(p.detail?.match).toMatch(/unable of playing/);
    if (r.ok) expect(r.map.nodes.find((n) => n.id === 'p1')).toMatchObject({ start: 27, end: 113 });
  });

  it('drops presentation fields from nodes with a warning', () => {
    const r = load(mutate((m) => {
      m.nodes[0].style = { color: 'red' };
      m.nodes[0].className = 'evil';
    }));
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.code === 'FIELD_DROPPED').map((p) => p.path)).toEqual([
      '$.nodes[0].style',
      '$.nodes[0].className',
    ]);
    if (r.ok) expect(r.map.nodes[0]).not.toHaveProperty('style');
  });

  it('refuses a relation between kinds that cannot hold it', () => {
    const r = load(mutate((m) => m.edges.push({ id: 'bad', from: 'c1', to: 'p1', relation: 'states' })));
    expect(find(r, 'RELATION_KINDS_INVALID').path).toBe('$.edges[4].relation');
  });

  it('reports unknown positions and questions', () => {
    const r = load(mutate((m) => {
      m.nodes[0].position = 'trotsky';
      m.nodes[0].answers = ['who', 'when'];
    }));
    expect(find(r, 'UNKNOWN_POSITION').path).toBe('$.nodes[0].position');
    expect(find(r, 'UNKNOWN_QUESTION').message).toMatch(/"when"/);
  });

  it('drops orphan layout entries and duplicate edges with notice', () => {
    const r = load(mutate((m) => {
      m.layout.gone = { x: 1, y: 2 };
      m.edges.push({ ...m.edges[1], id: 'e2b' });
    }));
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(expect.arrayContaining(['LAYOUT_ORPHAN', 'DUPLICATE_EDGE']));
    if (r.ok) {
      expect(r.map.layout).not.toHaveProperty('gone');
      expect(r.map.edges.map((e) => e.id)).not.toContain('e2b');
    }
  });

  it('warns about a reference without a year', () => {
    const r = load(mutate((m) => delete m.references[0].issued));
    expect(find(r, 'INCOMPLETE_REFERENCE').message).toMatch(/no year/);
  });

  it('reports every problem of a broken map in one pass', () => {
    const r = load(mutate((m) => {
      m.edges[0].to = 'ghost';
      m.nodes[2].quote = 'Nothing like this appears in the sample source text whatsoever, really.';
    }));
    expect(codes(r)).toEqual(expect.arrayContaining(['DANGLING_EDGE', 'QUOTE_NOT_FOUND']));
  });

  it('never throws on arbitrary input', () => {
    for (const junk of ['null', '"x"', '42', '[]', '{}', '{"format":"counterpoint-map","version":1,"nodes":[null,1,"a"]}']) {
      const r = loadMap(junk, { readSource: sampleReader() });
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });
});
