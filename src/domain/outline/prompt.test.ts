import { describe, expect, it } from 'vitest';
import { loadDebateFixture } from '../../../tests/fixtures/outline/fixture';
import type { ArgumentMap } from '../schema/map';
import { applySavedOutline } from './apply';
import { buildOutline } from './build';
import { PROMPT_ID } from './prompt';
import type { Outline } from './types';

const { map, sourceTexts } = loadDebateFixture();
const build = (m: ArgumentMap, thesis = 'permanent-revolution'): Outline => {
  const r = buildOutline(m, thesis, { sourceTexts });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
};
const promptOf = (o: Outline) => o.sections.find((s) => s.id === 'section:conclusion')!.items.find((i) => i.id === PROMPT_ID)!.text;

describe('the conclusion prompt', () => {
  it('counts what the outline weighs and asks for a judgement on the thesis', () => {
    expect(promptOf(build(map))).toBe(
      'Weigh the 2 arguments for the thesis against the 2 counter-arguments and the 1 rival answer. Among the historians cited, 2 support it, 2 challenge it, 2 complicate it. Which objection is strongest, and does a reply meet it? Conclude with your own judgement on “Permanent revolution”.',
    );
  });

  it('counts only what the user kept', () => {
    const arranged = applySavedOutline(build(map), { thesis: 'permanent-revolution', excluded: ['link:r1', 'section:historiography'] });
    expect(promptOf(arranged)).toMatch(/^Weigh the 1 argument for the thesis against/);
    expect(promptOf(arranged)).not.toContain('historians');
  });

  it('names a thesis without a title by its text, without doubling its full stop', () => {
    const untitled: ArgumentMap = {
      ...map,
      nodes: map.nodes.map((n) => (n.id === 'international-revolution' && n.kind === 'claim' ? { ...n, title: undefined, text: 'Socialism needs the world.' } : n)),
    };
    expect(promptOf(build(untitled, 'international-revolution'))).toMatch(/Conclude with your own judgement on “Socialism needs the world”\.$/);
  });
});
