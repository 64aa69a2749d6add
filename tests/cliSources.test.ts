import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMap } from '../src/domain/loader';
import { serializeMap } from '../src/domain/serialize';
import { textHash } from '../src/domain/text/hash';
import { prepareSourcesForExport } from '../src/formats/counterpoint/sourcesForExport';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const FIX = join(ROOT, 'tests', 'fixtures', 'sources');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const cli = (args: string[]) => {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('a map whose source text was kept in the browser, exported both ways', () => {
  // As the browser has it: the stored fixture, its text found in the browser's store by hash.
  const text = readFileSync(join(FIX, 'sources', 'printing.txt'), 'utf8');
  const reader = Object.assign(() => ({ status: 'missing' as const }), { byHash: (h: string) => (h === textHash(text) ? { status: 'ok' as const, text } : { status: 'missing' as const }) });
  const opened = loadMap(readFileSync(join(FIX, 'stored.map.json'), 'utf8'), { readSource: reader });
  if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('; '));

  it.each(['embed', 'files'] as const)('validates with no problem when its texts are %s', (placement) => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-sources-'));
    temps.push(dir);
    const prepared = prepareSourcesForExport(opened.map, opened.sourceTexts, placement);
    expect(prepared.problems).toEqual([]);
    const file = join(dir, 'exported.map.json');
    writeFileSync(file, serializeMap(prepared.map));
    for (const f of prepared.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    expect(prepared.files.map((f) => f.path)).toEqual(placement === 'files' ? ['sources/rrs.txt'] : []);
    const r = cli(['validate', '--strict', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
