import { describe, expect, it } from 'vitest';
import { browserStyleFiles } from './browserStyleFiles';
import { CITATION_STYLES, LOCALE_FILE } from './styles';

describe('browserStyleFiles', () => {
  it.each(Object.values(CITATION_STYLES))('imports the vendored $label on demand', async (style) => {
    const xml = await browserStyleFiles(style.file);
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain(`<id>http://www.zotero.org/styles/${style.file.replace(/\.csl$/, '')}</id>`);
    // The CSL licence travels with each style.
    expect(xml).toContain('creativecommons.org/licenses/by-sa/3.0');
  });

  it('imports the locale', async () => {
    expect(await browserStyleFiles(LOCALE_FILE)).toContain('<locale xmlns="http://purl.org/net/xbiblio/csl"');
  });

  it('refuses a file it does not ship', async () => {
    await expect(browserStyleFiles('harvard.csl')).rejects.toThrow(/no vendored citation style file "harvard.csl"/);
  });
});
