import { describe, expect, it } from 'vitest';
import { loadDebateFixture } from '../../../tests/fixtures/outline/fixture';
import { applySavedOutline } from './apply';
import { buildOutline } from './build';
import { moveItem } from './edit';
import { dropTarget, findEntry, outlineTree, stepTarget, visibleEntries } from './tree';
import type { Outline } from './types';

const { map, sourceTexts } = loadDebateFixture();
const outline: Outline = (() => {
  const r = buildOutline(map, 'permanent-revolution', { sourceTexts });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
})();
const entry = (tree: ReturnType<typeof outlineTree>, id: string) => {
  const hit = findEntry(tree, id);
  if (!hit) throw new Error(`no entry ${id}`);
  return hit;
};

describe('outlineTree', () => {
  it('puts the thesis first, then the sections, with parents, levels and places among siblings', () => {
    const tree = outlineTree(outline);
    expect(tree.map((e) => [e.id, e.kind, e.parentId])).toEqual([
      ['node:permanent-revolution', 'thesis', null],
      ['section:arguments', 'section', 'outline'],
      ['section:counter-arguments', 'section', 'outline'],
      ['section:historiography', 'section', 'outline'],
      ['section:conclusion', 'section', 'outline'],
    ]);
    expect(entry(tree, 'link:s2')).toMatchObject({ parentId: 'node:permanent-revolution', level: 2, index: 1, siblings: 3 });
    expect(entry(tree, 'link:r2')).toMatchObject({ parentId: 'section:arguments', level: 2, index: 1, siblings: 2 });
    expect(entry(tree, 'link:s6')).toMatchObject({ parentId: 'link:r2', level: 3 });
    expect(entry(tree, 'link:h5')).toMatchObject({ parentId: 'stance:challenges', level: 3 });
  });

  it('marks what an excluded section or item takes out with it', () => {
    const tree = outlineTree(applySavedOutline(outline, { thesis: 'permanent-revolution', excluded: ['link:r2', 'section:historiography'] }));
    expect(entry(tree, 'link:r2')).toMatchObject({ excluded: true, excludedAbove: false });
    expect(entry(tree, 'link:s6')).toMatchObject({ excluded: false, excludedAbove: true });
    expect(entry(tree, 'stance:challenges')).toMatchObject({ excluded: false, excludedAbove: true });
    expect(entry(tree, 'link:r1')).toMatchObject({ excluded: false, excludedAbove: false });
  });
});

describe('visibleEntries', () => {
  it('lists entries top to bottom and skips what collapsed entries hold', () => {
    const tree = outlineTree(outline);
    const all = visibleEntries(tree, new Set()).map((e) => e.id);
    expect(all.slice(0, 5)).toEqual(['node:permanent-revolution', 'link:s1', 'link:s2', 'link:s3', 'section:arguments']);
    expect(all.indexOf('link:s6')).toBe(all.indexOf('link:r2') + 1);
    const folded = visibleEntries(tree, new Set(['node:permanent-revolution', 'section:historiography'])).map((e) => e.id);
    expect(folded.slice(0, 2)).toEqual(['node:permanent-revolution', 'section:arguments']);
    expect(folded).not.toContain('stance:supports');
    expect(folded.at(-2)).toBe('section:conclusion');
  });
});

describe('moving entries', () => {
  it('steps an entry up or down among its siblings, not past either end, and never the thesis', () => {
    const tree = outlineTree(outline);
    expect(stepTarget(entry(tree, 'link:r2'), -1)).toEqual({ parentId: 'section:arguments', toIndex: 0 });
    expect(stepTarget(entry(tree, 'link:r2'), 1)).toBeUndefined();
    expect(stepTarget(entry(tree, 'section:arguments'), -1)).toBeUndefined();
    expect(stepTarget(entry(tree, 'section:arguments'), 1)).toEqual({ parentId: 'outline', toIndex: 1 });
    expect(stepTarget(entry(tree, 'node:permanent-revolution'), 1)).toBeUndefined();
  });

  it('turns a drop before or after a sibling into the index moveItem expects', () => {
    const tree = outlineTree(outline);
    const [s1, s2, s3] = ['link:s1', 'link:s2', 'link:s3'].map((id) => entry(tree, id));
    expect(dropTarget(s1!, s3!, true)).toEqual({ parentId: 'node:permanent-revolution', toIndex: 2 });
    expect(dropTarget(s1!, s3!, false)).toEqual({ parentId: 'node:permanent-revolution', toIndex: 1 });
    expect(dropTarget(s3!, s1!, false)).toEqual({ parentId: 'node:permanent-revolution', toIndex: 0 });
    // Dropping an entry where it already is, or under another parent, does nothing.
    expect(dropTarget(s1!, s2!, false)).toBeUndefined();
    expect(dropTarget(s1!, entry(tree, 'link:r1'), false)).toBeUndefined();

    const target = dropTarget(s1!, s3!, true)!;
    const saved = moveItem({ thesis: 'permanent-revolution' }, outline, target.parentId, 'link:s1', target.toIndex);
    expect(applySavedOutline(outline, saved).thesis.children.map((c) => c.id)).toEqual(['link:s2', 'link:s3', 'link:s1']);
  });
});
