import { describe, expect, it } from 'vitest';
import { NODE_SIZES, overlappingPairs } from '../nodeSize';
import type { MapNode } from '../schema/node';
import { swimlaneLayout } from './swimlanes';
import { claim, debate, objection } from './testing';

const map = debate({
  positions: ['men', 'bol', 'trot', 'empty'],
  questions: ['who', 'stages', 'peasantry'],
  nodes: [
    claim('m1', 'men', 'who'),
    claim('m2', 'men', 'who'),
    claim('m3', 'men', 'who', { central: true }),
    objection('mo', 'men', 'stages'),
    claim('b1', 'bol', ['stages', 'who']),
    claim('t1', 'trot', 'peasantry'),
    claim('t2', 'trot', undefined),
  ],
});

describe('swimlaneLayout', () => {
  const layout = swimlaneLayout(map);
  const at = (id: string) => layout.placements.find((p) => p.nodeId === id)!;

  it('gives each position a lane, in order, empty ones included', () => {
    expect(layout.lanes.map((l) => l.positionId)).toEqual(['men', 'bol', 'trot', 'empty']);
    const xs = layout.lanes.map((l) => l.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (let i = 1; i < layout.lanes.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(NODE_SIZES.claim.width);
  });

  it('aligns rows by question across lanes, with a last row for claims that answer none', () => {
    expect(layout.rows.map((r) => r.questionId)).toEqual(['who', 'stages', 'peasantry', null]);
    expect(at('m1').y).toBe(layout.rows[0]!.y + NODE_SIZES.claim.height + 24);
    expect(at('mo').y).toBe(layout.rows[1]!.y);
    expect(at('t1').y).toBe(layout.rows[2]!.y);
    expect(at('t2')).toMatchObject({ questionId: null, y: layout.rows[3]!.y });
  });

  it('stacks several claims of one position on one question, central first, and grows the row to fit', () => {
    expect(['m3', 'm1', 'm2'].map((id) => at(id).y)).toEqual([...['m3', 'm1', 'm2'].map((id) => at(id).y)].sort((a, b) => a - b));
    const who = layout.rows[0]!;
    expect(at('m2').y + at('m2').height).toBeLessThanOrEqual(who.y + who.height);
    expect(layout.rows[1]!.y).toBeGreaterThanOrEqual(who.y + who.height);
  });

  it('places a claim answering two questions once, in the row of the first question in map order', () => {
    expect(layout.placements.filter((p) => p.nodeId === 'b1')).toHaveLength(1);
    expect(at('b1').questionId).toBe('who');
  });

  it('keeps every node inside its lane and row, and no two nodes overlap', () => {
    expect(overlappingPairs(layout.placements.map((p) => ({ id: p.nodeId, ...p })), 1)).toEqual([]);
    for (const p of layout.placements) {
      const lane = layout.lanes.find((l) => l.positionId === p.positionId)!;
      const row = layout.rows.find((r) => r.questionId === p.questionId)!;
      expect(p.x).toBeGreaterThanOrEqual(lane.x);
      expect(p.x + p.width).toBeLessThanOrEqual(lane.x + lane.width);
      expect(p.y + p.height).toBeLessThanOrEqual(row.y + row.height);
    }
    expect(layout.positions.b1).toEqual({ x: at('b1').x, y: at('b1').y });
  });

  it('never overlaps on many random debates', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 25; round++) {
      const positions = ['a', 'b', 'c', 'd', 'e'].slice(0, 2 + Math.floor(random() * 4));
      const questions = ['q1', 'q2', 'q3', 'q4'];
      const nodes: MapNode[] = Array.from({ length: Math.floor(random() * 30) }, (_, i) => {
        const position = positions[Math.floor(random() * positions.length)]!;
        const answers = questions.filter(() => random() < 0.3);
        return random() < 0.3 ? objection(`n${i}`, position, answers) : claim(`n${i}`, position, answers, { central: random() < 0.2 });
      });
      const result = swimlaneLayout(debate({ positions, questions, nodes }), undefined, { laneGap: 40, rowGap: 10, stackGap: 8 });
      expect(result.placements).toHaveLength(nodes.length);
      expect(overlappingPairs(result.placements.map((p) => ({ id: p.nodeId, ...p })))).toEqual([]);
    }
  });

  it('lays out only the chosen positions, skipping unknown ids, from the origin given', () => {
    const two = swimlaneLayout(map, ['trot', 'ghost', 'men'], { origin: { x: 100, y: 50 } });
    expect(two.lanes.map((l) => l.positionId)).toEqual(['trot', 'men']);
    expect(two.lanes[0]!.x).toBe(100);
    expect(two.rows[0]!.y).toBe(50);
    expect(two.placements.map((p) => p.positionId).every((id) => id === 'trot' || id === 'men')).toBe(true);
  });
});
