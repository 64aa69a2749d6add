import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBenchMap } from '../bench/generateMap';
import { serializeMap } from '../src/domain/serialize';
import { SAMPLE_SOURCE, sampleMap } from '../src/domain/testing/sampleMap';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');

function cli(args: string[]) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cp-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('limits on the command line', () => {
  it('validates and counts a 20,000-node map', () => {
    const map = generateBenchMap(20_000);
    expect(map.nodes.length).toBeGreaterThanOrEqual(20_000);
    const file = join(dir, 'big.map.json');
    writeFileSync(file, serializeMap(map));
    const valid = cli(['validate', file]);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
    const stats = cli(['stats', file]);
    expect(stats.code).toBe(0);
    const counted = JSON.parse(stats.stdout) as { nodes: { total: number } };
    expect(counted.nodes.total).toBe(map.nodes.length);
  }, 120_000);

  it('refuses a file over 50 MB by its size, naming it, without reading it', () => {
    const file = join(dir, 'huge.map.json');
    writeFileSync(file, '');
    truncateSync(file, 51 * 1024 * 1024); // sparse: the size is real, no bytes are written
    const r = cli(['validate', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/FILE_TOO_LARGE: .*huge\.map\.json is 51\.0 MB; a file may be at most 50\.0 MB/);
  });

  it('refuses a map whose text field is over 100,000 characters, naming its path', () => {
    const map = { ...sampleMap(), sources: [{ id: 's', title: 'Sample source', text: SAMPLE_SOURCE }] };
    const file = join(dir, 'long.map.json');
    const nodes = map.nodes.map((n, i) => (i === 0 ? { ...n, text: 'x'.repeat(100_001) } : n));
    expect(map.nodes[0]).toHaveProperty('text');
    writeFileSync(file, serializeMap({ ...map, nodes } as typeof map));
    const r = cli(['validate', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/\$\.nodes\[0\]\.text: TEXT_TOO_LONG: this text is 100,001 characters long/);
  });
});
