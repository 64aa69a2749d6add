import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const temp = mkdtempSync(join(tmpdir(), 'cp-svg-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });

describe('counterpoint export --to svg', () => {
  it('draws the whole map without a browser, to stdout or a file', () => {
    const map = JSON.parse(readFileSync(join(ROOT, 'maps/getting-started.map.json'), 'utf8')) as { nodes: unknown[] };
    const out = join(temp, 'map.svg');
    const written = cli(['export', 'maps/getting-started.map.json', '--to', 'svg', '-o', out]);
    expect(written.status).toBe(0);
    expect(written.stderr).toBe('');
    const svg = readFileSync(out, 'utf8');
    const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(svg, 'image/svg+xml');
    const nodes = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class')?.startsWith('node '));
    expect(nodes).toHaveLength(map.nodes.length);
    const printed = cli(['export', 'maps/getting-started.map.json', '--to', 'svg']);
    expect(printed.status).toBe(0);
    expect(`${printed.stdout}`).toBe(svg);
  });
});
