import { describe, expect, it } from 'vitest';
import { resolveSourcePath } from './sourcePath';

describe('resolveSourcePath', () => {
  it('normalises paths that stay inside the map folder', () => {
    expect(resolveSourcePath('sources/rrs.txt')).toEqual({ ok: true, path: 'sources/rrs.txt' });
    expect(resolveSourcePath('./sources/x/../rrs.txt')).toEqual({ ok: true, path: 'sources/rrs.txt' });
  });

  it.each([
    ['../outside.txt', /climbs out/],
    ['sources/../../outside.txt', /climbs out/],
    ['/etc/passwd', /absolute/],
    ['C:\\Windows\\win.ini', /backslash/],
    ['file:///etc/passwd', /URL scheme/],
    ['./.', /names no file/],
  ])('refuses %s', (path, reason) => {
    const r = resolveSourcePath(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
