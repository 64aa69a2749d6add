import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFolder } from './zipFolder';

describe('zipFolder', () => {
  it('writes each file under its path, UTF-8, and unzips to the same texts', () => {
    const files = [
      { path: 'trotsky.map.json', text: '{"format":"counterpoint-map"}\n' },
      { path: 'sources/results-and-prospects.txt', text: 'The proletariat \u2014 “in power”.\n' },
    ];
    const back = unzipSync(zipFolder(files));
    expect(Object.keys(back).sort()).toEqual(['sources/results-and-prospects.txt', 'trotsky.map.json']);
    expect(strFromU8(back['sources/results-and-prospects.txt']!)).toBe(files[1]!.text);
  });

  it('makes the same bytes from the same files', () => {
    const files = [{ path: 'a.map.json', text: '{}' }];
    expect(zipFolder(files)).toEqual(zipFolder(files));
  });
});
