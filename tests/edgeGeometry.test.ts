import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkBetween as canvasLinkBetween, linkPath as canvasLinkPath, sideFacing } from '../src/canvas/geometry/paths';
import { anchorPoint as canvasAnchorPoint } from '../src/canvas/geometry/handles';
import { linkBetween, undercutPath } from '../src/domain/edgeGeometry';
import { nodeSize } from '../src/domain/nodeSize';
import { RELATION_COLORS, RELATION_LOOKS, STANCE_LOOKS } from '../src/domain/relationLook';
import { RELATION_STYLES, STANCE_STYLES } from '../src/ui/relationStyles';

/**
 * The pure copy of the canvas's link geometry (src/domain/edgeGeometry.ts, which pictures of
 * the map use) must draw every link exactly where the canvas does.
 */
const kind = fc.constantFrom('claim', 'passage', 'objection', 'work', 'note', 'unknown');
const at = fc.record({ x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -3000, max: 3000 }) });
const placed = fc.record({ kind, at });

describe('edge geometry for pictures', () => {
  it('draws links between two nodes as the canvas does', () => {
    fc.assert(
      fc.property(placed, placed, fc.boolean(), (from, to, sideways) => {
        const canvas = canvasLinkBetween(from, to, sideways);
        const pure = linkBetween(from, to, sideways);
        expect(pure.path).toBe(canvas.path);
        expect(pure.mid).toEqual(canvas.mid);
      }),
      { numRuns: 400 },
    );
  });

  it('draws undercuts to the middle of their link as the canvas does', () => {
    fc.assert(
      fc.property(placed, at, (from, mid) => {
        const sides = sideFacing(from, nodeSize(from.kind), mid);
        const canvas = canvasLinkPath(canvasAnchorPoint(from.kind, from.at, sides.source), sides.source, mid, sides.target);
        expect(undercutPath(from, mid)).toEqual(canvas);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relation looks for pictures', () => {
  it('give each relation and stance the canvas’s sign and meaning', () => {
    for (const [relation, style] of Object.entries(RELATION_STYLES)) {
      expect([relation, RELATION_LOOKS[relation as keyof typeof RELATION_LOOKS].glyph, RELATION_LOOKS[relation as keyof typeof RELATION_LOOKS].meaning]).toEqual([relation, style.glyph, style.meaning]);
    }
    for (const [stance, style] of Object.entries(STANCE_STYLES)) {
      const look = STANCE_LOOKS[stance as keyof typeof STANCE_LOOKS];
      expect([stance, look.glyph, look.meaning]).toEqual([stance, style.glyph, style.meaning]);
    }
  });

  it('use the colours the app’s stylesheet gives the relations', () => {
    const css = readFileSync(join(import.meta.dirname, '../src/app/app.css'), 'utf8');
    const variable = (name: string) => new RegExp(`--cp-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    const names = { supports: 'support', attacks: 'attack', undercuts: 'undercut', contrasts: 'contrast', states: 'state', complicates: 'complicate' } as const;
    for (const [key, name] of Object.entries(names)) expect([key, RELATION_COLORS[key as keyof typeof names]]).toEqual([key, variable(name)]);
  });
});
