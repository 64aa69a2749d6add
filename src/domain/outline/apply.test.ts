import { describe, expect, it } from 'vitest';
import { allItems, itemById, loadDebateFixture, section } from '../../../tests/fixtures/outline/fixture';
import type { ArgumentMap } from '../schema/map';
import type { SavedOutline } from '../schema/outline';
import { applySavedOutline, arrange } from './apply';
import { buildOutline } from './build';
import { childIds, moveItem, newSavedOutline, savedOutlineFor, setExcluded, setUserNote, withSavedOutline } from './edit';
import type { Outline } from './types';

const { map, sourceTexts } = loadDebateFixture();
const build = (m: ArgumentMap = map): Outline => {
  const r = buildOutline(m, 'permanent-revolution', { sourceTexts });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
};
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('arrange', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('keeps the default order when nothing is saved', () => {
    expect(ids(arrange(items, undefined))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows the saved order, drops ids that are gone, and places new ids after their default predecessor', () => {
    expect(ids(arrange(items, ['d', 'ghost', 'b']))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(arrange(items, ['c', 'a', 'b', 'd']))).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('applySavedOutline', () => {
  const saved: SavedOutline = {
    thesis: 'permanent-revolution',
    order: {
      outline: ['section:historiography', 'section:arguments', 'section:counter-arguments', 'section:conclusion'],
      'section:arguments': ['link:r2', 'link:r1'],
      'stance:challenges': ['link:h5', 'link:h1'],
    },
    excluded: ['link:c1', 'stance:complicates'],
    notes: { 'link:a1': 'Answer this first.', 'section:conclusion': 'Keep it short.' },
  };
  const applied = applySavedOutline(build(), saved);

  it('reorders sections and points', () => {
    expect(ids(applied.sections)).toEqual(['section:historiography', 'section:arguments', 'section:counter-arguments', 'section:conclusion']);
    expect(ids(section(applied, 'section:arguments').items)).toEqual(['link:r2', 'link:r1']);
    expect(ids(itemById(applied, 'stance:challenges').children)).toEqual(['link:h5', 'link:h1']);
  });

  it('marks excluded items and attaches the user’s notes', () => {
    expect(itemById(applied, 'link:c1').excluded).toBe(true);
    expect(itemById(applied, 'stance:complicates').excluded).toBe(true);
    expect(itemById(applied, 'link:a1').userNote).toBe('Answer this first.');
    expect(section(applied, 'section:conclusion').userNote).toBe('Keep it short.');
  });

  it('recounts the conclusion prompt without what the user left out', () => {
    const prompt = section(applied, 'section:conclusion').items[0]!.text;
    expect(prompt).toContain('against the 2 counter-arguments.');
    expect(prompt).not.toContain('rival');
    expect(prompt).toContain('2 support it, 2 challenge it.');
  });

  it('survives map edits: removed items drop out, new ones take their default place', () => {
    const edited: ArgumentMap = {
      ...map,
      nodes: [...map.nodes, { id: 'new-reason', kind: 'claim', text: 'A reason added later.' }],
      edges: [
        ...map.edges.filter((e) => e.id !== 'r1'),
        { id: 'r9', from: 'new-reason', to: 'permanent-revolution', relation: 'supports' },
      ],
    };
    const again = applySavedOutline(build(edited), saved);
    expect(ids(section(again, 'section:arguments').items)).toEqual(['link:r2', 'link:r9']);
    expect(itemById(again, 'link:a1').userNote).toBe('Answer this first.');
  });

  it('changes nothing without a saved outline', () => {
    const outline = build();
    expect(applySavedOutline(outline, undefined)).toBe(outline);
  });
});

describe('editing a saved outline', () => {
  const outline = build();

  it('moves a point and keeps the rest in order', () => {
    const saved = moveItem(newSavedOutline('permanent-revolution'), outline, 'section:counter-arguments', 'link:c1', 0);
    expect(saved.order?.['section:counter-arguments']).toEqual(['link:c1', 'link:a1', 'link:u1']);
    const applied = applySavedOutline(outline, saved);
    expect(childIds(applied, 'section:counter-arguments')).toEqual(['link:c1', 'link:a1', 'link:u1']);
    expect(moveItem(saved, outline, 'section:arguments', 'ghost', 0)).toBe(saved);
  });

  it('moves sections under the outline root', () => {
    const saved = moveItem(newSavedOutline('permanent-revolution'), outline, 'outline', 'section:conclusion', 0);
    expect(ids(applySavedOutline(outline, saved).sections)[0]).toBe('section:conclusion');
  });

  it('excludes and includes again, adds and clears a note', () => {
    let saved = setExcluded(newSavedOutline('permanent-revolution'), 'link:a1', true);
    expect(saved.excluded).toEqual(['link:a1']);
    saved = setExcluded(saved, 'link:a1', false);
    expect(saved.excluded).toBeUndefined();
    saved = setUserNote(saved, 'node:permanent-revolution', 'My angle.');
    expect(applySavedOutline(outline, saved).thesis.userNote).toBe('My angle.');
    expect(setUserNote(saved, 'node:permanent-revolution', '  ').notes).toBeUndefined();
  });

  it('stores the saved outline in the map, and removes it when empty', () => {
    const saved = setUserNote(newSavedOutline('permanent-revolution'), 'link:r1', 'Note.');
    const withOne = withSavedOutline(map, saved);
    expect(savedOutlineFor(withOne, 'permanent-revolution')).toEqual(saved);
    const cleared = withSavedOutline(withOne, setUserNote(saved, 'link:r1', ''));
    expect(cleared.outlines).toBeUndefined();
    expect(allItems(outline).length).toBeGreaterThan(10);
  });
});
