import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, markdownCell, markdownInline } from './escape';

describe('markdownCell', () => {
  it('escapes pipes so a cell cannot split, and turns line breaks into <br>', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('one\ntwo\r\n\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
  });

  it('keeps markup in map text literal: HTML, links, emphasis, code, entities', () => {
    expect(markdownCell('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(markdownCell('[click](javascript:x)')).toBe('\\[click\\](javascript:x)');
    expect(markdownCell('*bold* _it_ `code` ~~s~~ &amp; \\')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\&amp; \\\\');
  });
});

describe('markdownInline', () => {
  it('escapes the same characters but puts line breaks as spaces', () => {
    expect(markdownInline('Title |\nwith <b>')).toBe('Title \\| with \\<b\\>');
  });
});

describe('csvField', () => {
  it('quotes fields with quotes, commas or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('')).toBe('');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","x")'])(
    'guards %j against formula injection with a leading apostrophe',
    (value) => {
      const field = csvField(value);
      const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('leaves numbers and harmless text alone', () => {
    expect(csvField(0)).toBe('0');
    expect(csvField(12)).toBe('12');
    expect(csvField('1905 - the rehearsal')).toBe('1905 - the rehearsal');
  });
});

describe('csvRecord', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvRecord(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
  });
});
