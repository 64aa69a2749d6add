import { describe, expect, it } from 'vitest';
import { SourceText } from '../text/sourceText';
import { nudgeRange } from './review';

const text = 'He said, “the party must lead” — and so it did.';
const source = new SourceText(text);
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const quoted = (r: { start: number; end: number }) => source.slice(r.start, r.end);

describe('nudgeRange', () => {
  it('widens and narrows either end by a whole word, punctuation included', () => {
    const r = at('party must');
    expect(quoted(nudgeRange(source, r, 'start', -1))).toBe('“the party must');
    expect(quoted(nudgeRange(source, r, 'start', 1))).toBe('must');
    expect(quoted(nudgeRange(source, r, 'end', 1))).toBe('party must lead”');
    expect(quoted(nudgeRange(source, r, 'end', -1))).toBe('party');
  });

  it('never empties the range or runs off the source', () => {
    const one = at('He');
    expect(nudgeRange(source, one, 'start', -1)).toEqual(one);
    expect(nudgeRange(source, one, 'end', -1)).toEqual(one);
    const last = at('did.');
    expect(nudgeRange(source, last, 'end', 1)).toEqual(last);
  });
});
