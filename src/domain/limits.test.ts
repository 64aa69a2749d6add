import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_FILE_BYTES, MAX_TEXT_CHARS, textLengthProblems } from './limits';

describe('limits', () => {
  it('names every text field over 100,000 characters by its JSON path, but not a source’s own text', () => {
    const long = 'x'.repeat(MAX_TEXT_CHARS + 1);
    const problems = textLengthProblems({ nodes: [{ text: 'short' }, { text: long, 'odd key': long }], sources: [{ text: long }], title: 'x'.repeat(MAX_TEXT_CHARS) });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['TEXT_TOO_LONG', '$.nodes[1].text'],
      ['TEXT_TOO_LONG', '$.nodes[1]["odd key"]'],
    ]);
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    let deep: unknown = 'x'.repeat(MAX_TEXT_CHARS + 1);
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(textLengthProblems(deep)).toHaveLength(1);
  });

  it('refuses a file over 50 MB with its name and size, and lets one at the limit through', () => {
    expect(fileSizeProblem('a.json', MAX_FILE_BYTES)).toBeUndefined();
    const p = fileSizeProblem('big.json', MAX_FILE_BYTES + 1);
    expect(p?.code).toBe('FILE_TOO_LARGE');
    expect(p?.message).toMatch(/^big\.json is 50\.0 MB; a file may be at most 50\.0 MB/);
    expect(p?.detail).toEqual({ file: 'big.json', bytes: MAX_FILE_BYTES + 1 });
  });
});
