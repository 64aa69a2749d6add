import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { prepareSourceText, titleFromText } from './importText';

describe('prepareSourceText', () => {
  it('turns CRLF into LF so paragraphs split, and drops a byte-order mark, saying so', () => {
    const r = prepareSourceText('\uFEFFTitle\r\n\r\nFirst paragraph.\r\n\r\nSecond.');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('Title\n\nFirst paragraph.\n\nSecond.');
    expect(splitParagraphs(new SourceText(r.text))).toHaveLength(3);
    expect(r.notes).toHaveLength(2);
  });

  it('keeps everything else exactly, curly quotes and astral characters included', () => {
    const text = '“Quoted” \u2014 \u{1F6A9}  two  spaces\n\nNext.';
    expect(prepareSourceText(text)).toEqual({ ok: true, text, notes: [] });
  });

  it('refuses empty and binary input, and warns about undecodable characters', () => {
    expect(prepareSourceText('  \n ')).toMatchObject({ ok: false, reason: 'The text is empty.' });
    expect(prepareSourceText('PK\u0003\u0004\u0000')).toMatchObject({ ok: false });
    const r = prepareSourceText('Caf\uFFFD');
    expect(r.ok && r.notes[0]).toMatch(/could not be read/);
  });
});

describe('titleFromText', () => {
  it('takes the first non-blank line, shortened at a word', () => {
    expect(titleFromText('\n\n  The Communist Manifesto \nBody')).toBe('The Communist Manifesto');
    const long = titleFromText(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('word…')).toBe(true);
    expect(titleFromText('   ')).toBe('Untitled source');
  });
});
