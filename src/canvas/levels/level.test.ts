import { describe, expect, it } from 'vitest';
import { CLOSE_ZOOM, flowHides, levelFor, MIDDLE_ZOOM, shortTitle } from './level';

describe('levelFor', () => {
  it('picks the level from the size text would have on screen', () => {
    expect(levelFor(1)).toBe('close');
    expect(levelFor(CLOSE_ZOOM)).toBe('close');
    expect(levelFor(CLOSE_ZOOM - 0.01)).toBe('middle');
    expect(levelFor(MIDDLE_ZOOM)).toBe('middle');
    expect(levelFor(MIDDLE_ZOOM - 0.01)).toBe('far');
    expect(levelFor(0.05)).toBe('far');
  });

  it('leaves a level at once but enters one only clearly past its threshold', () => {
    expect(levelFor(CLOSE_ZOOM * 0.99, 'close')).toBe('middle');
    expect(levelFor(CLOSE_ZOOM * 1.01, 'middle')).toBe('middle');
    expect(levelFor(CLOSE_ZOOM * 1.05, 'middle')).toBe('close');
    expect(levelFor(MIDDLE_ZOOM * 1.01, 'far')).toBe('far');
    expect(levelFor(MIDDLE_ZOOM * 1.05, 'far')).toBe('middle');
    expect(levelFor(CLOSE_ZOOM * 1.01, 'far')).toBe('middle');
    expect(levelFor(CLOSE_ZOOM * 1.05, 'far')).toBe('close');
  });

  it('never keeps a level whose text would be under 10 px', () => {
    for (let zoom = 0.05; zoom < 2; zoom += 0.013) {
      for (const previous of ['close', 'middle', 'far'] as const) {
        const level = levelFor(zoom, previous);
        if (level === 'close') expect(13 * zoom).toBeGreaterThanOrEqual(10);
        if (level === 'middle') expect(24 * zoom).toBeGreaterThanOrEqual(10);
      }
    }
  });
});

describe('flowHides', () => {
  it('folds evidence at middle and hands everything to the far layer at far', () => {
    expect(flowHides('close', 'passage')).toBe(false);
    expect(flowHides('middle', 'passage')).toBe(true);
    expect(flowHides('middle', 'claim')).toBe(false);
    expect(flowHides('middle', 'objection')).toBe(false);
    expect(flowHides('far', 'claim')).toBe(true);
  });
});

describe('shortTitle', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(shortTitle('  Socialism   in one country ')).toBe('Socialism in one country');
    const t = shortTitle('The revolution must be permanent, spreading from country to country until it wins everywhere');
    expect(t.length).toBeLessThanOrEqual(48);
    expect(t.endsWith('…')).toBe(true);
    expect(t).toMatch(/^The revolution must be permanent/);
  });
});
