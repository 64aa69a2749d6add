import { describe, expect, it } from 'vitest';
import { extractHtml } from './html';
import { extractMarkdown } from './markdown';
import { extractPlainText } from './plainText';
import type { ExtractResult } from './types';

const utf8 = (s: string) => new TextEncoder().encode(s);
const textOf = (r: ExtractResult) => {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  return r.source.text;
};
const codes = (r: ExtractResult) => (r.ok ? r.source.problems : r.problems).map((p) => p.code);

describe('extractPlainText', () => {
  it('makes line endings plain and drops a byte-order mark, changing nothing else', () => {
    const r = extractPlainText('a.txt', utf8('\uFEFFTitle\r\n\r\n\u201cQuoted\u201d \u2014  two  spaces\rNext'));
    expect(textOf(r)).toBe('Title\n\n\u201cQuoted\u201d \u2014  two  spaces\nNext');
    expect(r.ok && r.source.media).toBe('text/plain');
  });

  it('reads a UTF-16 file by its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'Hi\u00e9'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(textOf(extractPlainText('u16.txt', bytes))).toBe('Hi\u00e9');
  });

  it('refuses a binary file named .txt: NUL bytes, or mostly control codes', () => {
    const pdfRenamed = utf8('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\u0000\u0001\u0002');
    const r = extractPlainText('book.txt', pdfRenamed);
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'SOURCE_BINARY', severity: 'error' }] });
    expect(!r.ok && r.problems[0]!.message).toMatch(/book\.txt is not plain text: it holds NUL bytes/);
    const noisy = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codes(extractPlainText('x.txt', noisy))).toEqual(['SOURCE_BINARY']);
  });

  it('warns about a few bytes that are not UTF-8, and refuses an empty file', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait, a long enough line of ordinary text to be text.')]);
    const r = extractPlainText('cafe.txt', latin1);
    expect(codes(r)).toEqual(['SOURCE_UNDECODABLE']);
    expect(textOf(r)).toMatch(/^Caf\uFFFD au lait/);
    expect(codes(extractPlainText('blank.txt', utf8(' \n\n \t')))).toEqual(['SOURCE_EMPTY']);
  });
});

describe('extractMarkdown', () => {
  it('keeps headings and paragraphs as paragraphs and drops the markup', () => {
    const md = [
      '---', 'title: "Our Notes"', 'author: A. Student', '---',
      '# The *first* heading', '', 'A paragraph with **bold**, _em_, `a&b code`, a [link](https://example.org) and AT&amp;T\\*.',
      'Its second line.', '', '- item one', '- item **two**', '', '> quoted words', '', '```', 'let x = 1;', '```', '',
      '| a | b |', '|---|---|', '| 1 | 2 |', '', '![alt text](pic.png)', '', '---', '', 'Last.',
    ].join('\n');
    const r = extractMarkdown('notes.md', utf8(md));
    expect(textOf(r).split('\n\n')).toEqual([
      'The first heading',
      'A paragraph with bold, em, a&b code, a link and AT&T*.\nIts second line.',
      'item one',
      'item two',
      'quoted words',
      'let x = 1;',
      'a b',
      '1 2',
      'Last.',
    ]);
    expect(r).toMatchObject({ ok: true, source: { media: 'text/markdown', title: 'Our Notes', author: 'A. Student' } });
  });

  it('takes its title from the first heading, and reads raw HTML as text without its scripts', () => {
    const md = '## Notes\n\nBefore <script>alert("x")</script> after.\n\n<div onclick="steal()"><p>Block <b>html</b></p><script>evil()</script></div>\n';
    const r = extractMarkdown('n.md', utf8(md));
    expect(textOf(r)).toBe('Notes\n\nBefore  after.\n\nBlock html');
    expect(r.ok && r.source.title).toBe('Notes');
  });
});

describe('extractHtml', () => {
  const page = (body: string, head = '') => utf8(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

  it('reads the article: headings and paragraphs, entities decoded, whitespace as a browser shows it', () => {
    const r = extractHtml('p.html', page(
      '<header><a href="/">Site</a><nav><a>Home</a><a>About</a></nav></header>' +
        '<article><header><h1>The   Title</h1></header><p>First &amp; <em>second</em>\n   words&nbsp;here.</p>' +
        '<p>Line one<br>line two</p><ul><li>A point</li><li>Another</li></ul><aside>Related posts</aside>' +
        '<pre>  keep\n    this</pre><footer>Share this</footer></article><footer>Copyright</footer>',
    ));
    expect(textOf(r).split('\n\n')).toEqual(['The Title', 'First & second words\u00a0here.', 'Line one\nline two', 'A point', 'Another', 'keep\n    this']);
  });

  it('falls back to <main>, then to the body without its page header, navigation and footer', () => {
    expect(textOf(extractHtml('m.html', page('<nav>Menu</nav><main><p>Main text.</p></main><p>Outside.</p>')))).toBe('Main text.');
    expect(textOf(extractHtml('b.html', page('<header>Banner</header><div><h2>Heading</h2>Loose text</div><footer>Foot</footer>')))).toBe('Heading\n\nLoose text');
  });

  it('drops scripts, styles, forms, frames and handlers, never running them, and says so', () => {
    const hostile = page(
      '<script>document.title = "pwned"</script><style>p{display:none}</style>' +
        '<p onclick="alert(1)">Words <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">a link</a>.</p>' +
        '<form><input value="secret"><button>Send</button></form><iframe src="https://evil.example"></iframe>' +
        '<noscript>Enable JS</noscript><template><p>Hidden template</p></template><p hidden>Hidden</p><svg><text>svg text</text></svg>',
      '<script src="tracker.js"></script>',
    );
    const r = extractHtml('hostile.html', hostile);
    expect(textOf(r)).toBe('Words and a link.');
    const note = r.ok ? r.source.problems.find((p) => p.code === 'SOURCE_MARKUP_DROPPED') : undefined;
    expect(note).toMatchObject({ severity: 'info' });
    expect(note!.message).toMatch(/its 3 scripts, 3 event handlers and javascript: links, 1 style sheet, 1 form and 1 embedded frame or object were dropped; the page is read as text and nothing in it is run/);
  });

  it('refuses a page that is all script, saying why', () => {
    const r = extractHtml('app.html', page('<div id="root"></div><script>render()</script>'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'SOURCE_EMPTY' });
    expect(!r.ok && r.problems[0]!.message).toBe('app.html holds no text once stripped of its 1 script (nothing in a page is run)');
  });

  it('takes title, authors, year and address from the page’s metadata', () => {
    const head =
      '<title>Site | Page</title><meta name="citation_title" content="On  the Peasantry">' +
      '<meta name="citation_author" content="Lih, Lars T."><meta name="citation_author" content="Other, An">' +
      '<meta name="citation_publication_date" content="2011/05/02"><link rel="canonical" href="https://example.org/a">';
    const r = extractHtml('a.html', page('<p>Text.</p>', head));
    expect(r).toMatchObject({ ok: true, source: { title: 'On the Peasantry', author: 'Lih, Lars T.; Other, An', year: 2011, url: 'https://example.org/a' } });
    const plain = extractHtml('b.html', page('<h1>Only a heading</h1><p>Text.</p>', '<link rel="canonical" href="javascript:alert(1)">'));
    expect(plain.ok && plain.source).toMatchObject({ title: 'Only a heading' });
    expect(plain.ok && plain.source.url).toBeUndefined();
  });

  it('decodes a page in the encoding it declares, and survives deep nesting', () => {
    const latin = new Uint8Array([...utf8('<html><head><meta charset="windows-1252"></head><body><p>Caf'), 0xe9, ...utf8('</p></body></html>')]);
    expect(textOf(extractHtml('l.html', latin))).toBe('Caf\u00e9');
    const deep = `${'<div>'.repeat(20_000)}<p>Deep.</p>${'</div>'.repeat(20_000)}`;
    expect(textOf(extractHtml('deep.html', page(deep)))).toBe('Deep.');
  });
});
