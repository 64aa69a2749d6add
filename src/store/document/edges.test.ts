import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { addEdge, connectionProblem, removeElements, updateEdge } from './edges';
import { EditError } from './editError';

describe('connecting nodes', () => {
  it('allows only relations that make sense for the two kinds', () => {
    const doc = sampleMap();
    expect(connectionProblem(doc, 'p1', 'c2', 'states')).toBeUndefined();
    expect(connectionProblem(doc, 'w1', 'c2', 'supports')).toMatch(/work cannot support a claim/);
    expect(connectionProblem(doc, 'c1', 'c1', 'supports')).toMatch(/itself/);
    expect(connectionProblem(doc, 'p1', 'c1', 'states')).toMatch(/already exists \(e1\)/);
  });

  it('aims undercuts at supports or attacks links only', () => {
    const doc = sampleMap();
    expect(connectionProblem(doc, 'c2', 'e2', 'undercuts')).toBeUndefined();
    expect(connectionProblem(doc, 'c2', 'e3', 'undercuts')).toMatch(/supports or attacks link/);
    expect(connectionProblem(doc, 'o1', 'e2', 'undercuts')).toMatch(/its own link/);
  });

  it('gives an assesses link a stance and refuses a bad one', () => {
    const doc = addEdge(sampleMap(), { id: 'e9', from: 'w1', to: 'c2', relation: 'assesses' });
    expect(doc.edges.at(-1)).toEqual({ id: 'e9', from: 'w1', to: 'c2', relation: 'assesses', stance: 'supports' });
    expect(() => addEdge(doc, { id: 'e10', from: 'c1', to: 'w1', relation: 'supports' })).toThrow(EditError);
    expect(() => addEdge(doc, { id: 'c1', from: 'p1', to: 'c2', relation: 'supports' })).toThrow(/already used/);
  });
});

describe('changing a link', () => {
  it('drops stance and pages when a link stops being an assessment, and keeps its note', () => {
    const doc = updateEdge(sampleMap(), 'e2', { relation: 'supports' });
    expect(doc.edges.find((e) => e.id === 'e2')).toEqual({ id: 'e2', from: 'o1', to: 'c1', relation: 'supports' });
    const noted = updateEdge(sampleMap(), 'e4', { relation: 'assesses', pages: '9' });
    expect(noted.edges.find((e) => e.id === 'e4')).toMatchObject({ note: 'Nuanced.', pages: '9' });
    const claimLink = updateEdge(sampleMap(), 'e2', { note: 'Because 1905 shows it.' });
    expect(claimLink.edges.find((e) => e.id === 'e2')).toEqual({ id: 'e2', from: 'o1', to: 'c1', relation: 'attacks', note: 'Because 1905 shows it.' });
    const stance = updateEdge(sampleMap(), 'e4', { stance: 'challenges', pages: '3' });
    expect(stance.edges.find((e) => e.id === 'e4')).toMatchObject({ stance: 'challenges', note: 'Nuanced.', pages: '3' });
  });

  it('refuses a relation change that would strand an undercut', () => {
    const doc = addEdge(sampleMap(), { id: 'u1', from: 'c2', to: 'e2', relation: 'undercuts' });
    expect(() => updateEdge(doc, 'e2', { relation: 'contrasts' })).toThrow(/undercut by u1/);
  });

  it('returns the same map when nothing changes', () => {
    const doc = sampleMap();
    expect(updateEdge(doc, 'e4', { stance: 'complicates' })).toBe(doc);
  });
});

describe('deleting', () => {
  it('takes along edges, undercuts, positions and note references that would dangle', () => {
    let doc = addEdge(sampleMap(), { id: 'u1', from: 'c2', to: 'e2', relation: 'undercuts' });
    doc = removeElements(doc, { nodes: ['c1'] });
    expect(doc.nodes.map((n) => n.id)).not.toContain('c1');
    expect(doc.edges.map((e) => e.id)).toEqual([]);
    expect(doc.layout).not.toHaveProperty('c1');
    expect(doc.nodes.find((n) => n.id === 'n1')).not.toHaveProperty('about');
  });

  it('deletes an edge with the undercuts aimed at it, and nothing else', () => {
    const doc = addEdge(sampleMap(), { id: 'u1', from: 'c2', to: 'e2', relation: 'undercuts' });
    const after = removeElements(doc, { edges: ['e2'] });
    expect(after.edges.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
    expect(after.nodes).toBe(after.nodes);
    expect(after.nodes.length).toBe(doc.nodes.length);
  });
});
