import { describe, expect, it } from 'vitest';
import { clipLine, textWidth, wrapLines } from './textLayout';

const TEXT = 'Only the working class, leading the peasantry, could carry the democratic revolution through.';

describe('wrapLines', () => {
  it('keeps every word when the text fits, each line within the width', () => {
    const lines = wrapLines(TEXT, 240, 13, 10);
    expect(lines.join(' ')).toBe(TEXT);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(240);
  });

  it('stops at the line limit and ends with an ellipsis', () => {
    const lines = wrapLines(TEXT, 120, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapLines('x'.repeat(200), 100, 13, 3);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^x+$/);
    expect(lines[2]).toMatch(/…$/);
  });

  it('gives no lines for blank text and flattens line breaks', () => {
    expect(wrapLines('  \n ', 100, 13, 3)).toEqual([]);
    expect(wrapLines('a\nb', 100, 13, 3)).toEqual(['a b']);
  });
});

describe('clipLine', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(clipLine('Lih 2006', 200, 11)).toBe('Lih 2006');
    const cut = clipLine(TEXT, 100, 11);
    expect(cut).toMatch(/…$/);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(100);
  });
});
