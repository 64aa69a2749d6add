import { describe, expect, it } from 'vitest';
import { blockQuote, escapeBlock, escapeInline, markdownLink, safeUrl } from './markdownText';

describe('escaping user text for Markdown', () => {
  it('keeps HTML and inline markup as text', () => {
    expect(escapeInline('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeInline('*a* _b_ `c` [d](e) ~f~ |g|')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\|g\\|');
    expect(escapeInline('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(escapeInline('Norton & Co &lt; &#60;')).toBe('Norton & Co \\&lt; \\&#60;');
  });

  it('leaves ordinary prose, including the source’s dashes and quotes, untouched', () => {
    const prose = 'The bourgeoisie—“frightened”—could not lead (1905-6)! Really.';
    expect(escapeInline(prose)).toBe(prose);
    expect(escapeBlock(prose)).toBe(prose);
  });

  it('stops a line from opening a block', () => {
    expect(escapeBlock('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeBlock('> not a quote')).toBe('\\> not a quote');
    expect(escapeBlock('- not a list\n+ nor this\n1917. nor this')).toBe('\\- not a list\n\\+ nor this\n1917\\. nor this');
    expect(escapeBlock('---')).toBe('\\---');
    expect(escapeBlock('-5 degrees')).toBe('-5 degrees');
  });

  it('quotes each line of a block', () => {
    expect(blockQuote('one\ntwo', '  ')).toBe('  > one\n  > two');
  });
});

describe('links', () => {
  it('allows only http, https and mailto', () => {
    expect(safeUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(safeUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,hi')).toBeUndefined();
    expect(safeUrl('/relative')).toBeUndefined();
  });

  it('renders a safe link and falls back to text for anything else', () => {
    expect(markdownLink('a [b]', 'https://example.org/(x)')).toBe('[a \\[b\\]](https://example.org/%28x%29)');
    expect(markdownLink('click', 'javascript:alert(1)')).toBe('click');
  });
});
