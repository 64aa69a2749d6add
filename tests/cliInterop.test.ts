import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const FIX = join(ROOT, 'tests', 'fixtures', 'interop');
const STACK = /\n\s+at .+:\d+:\d+/;

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(BIN, args, { cwd, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cp-interop-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('counterpoint export --to argdown|aif|canvas|md', () => {
  it.each([
    ['argdown', /^\[The liberal bourgeoisie must lead; socialism must wait\]: /m],
    ['aif', /"type": "RA"/],
    ['canvas', /"type": "group"/],
    ['md', /^## Questions$/m],
  ])('%s: prints the map in that format and exits 0', (format, pattern) => {
    const r = cli(['export', 'maps/getting-started.map.json', '--to', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(pattern);
  });

  it('writes to a file with -o', () => {
    const out = join(tempDir(), 'gs.canvas');
    const r = cli(['export', 'maps/getting-started.map.json', '--to', 'canvas', '-o', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes.length).toBeGreaterThan(0);
  });
});

describe('counterpoint import --from argdown|aif', () => {
  it('imports an Argdown debate: a map that validate accepts, with the argument, its structure and the undercut', () => {
    const out = join(tempDir(), 'debate.map.json');
    const r = cli(['import', join(FIX, 'debate.argdown'), '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    expect(map.positions.map((p: { label: string }) => p.label)).toEqual(['Mensheviks', "The text's author"]);
    expect(map.questions.map((q: { text: string }) => q.text)).toEqual(['Who can lead the democratic revolution?']);
    const rel = (from: string, to: string) => map.edges.filter((e: { from: string; to: string }) => e.from === from && e.to === to).map((e: { relation: string }) => e.relation);
    expect(rel('fear', 'no-lead')).toEqual(['supports']);
    expect(rel('liberal-betrayal', 'no-lead')).toEqual(['supports']);
    expect(rel('liberal-betrayal', 'two-stages')).toEqual(['attacks']);
    expect(rel('workers-lead', 'two-stages')).toEqual(['contrasts']);
    expect(map.edges.some((e: { from: string; relation: string }) => e.from === '1905' && e.relation === 'undercuts')).toBe(true);
    expect(map.nodes.find((n: { id: string }) => n.id === 'no-lead').tags).toEqual(['thesis']);
    expect(cli(['validate', out]).code).toBe(0);
  });

  it('exports a shipped map to Argdown and imports it back beside its source, passages and all', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'maps'), dir, { recursive: true });
    const argdown = join(dir, 'pr.argdown');
    expect(cli(['export', join(dir, 'permanent-revolution.map.json'), '--to', 'argdown', '-o', argdown]).code).toBe(0);
    const r = cli(['import', argdown, '-o', join(dir, 'pr-back.map.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, 'pr-back.map.json'), 'utf8'));
    const original = JSON.parse(readFileSync(join(dir, 'permanent-revolution.map.json'), 'utf8'));
    expect(back.nodes.filter((n: { kind: string }) => n.kind === 'passage').length).toBe(original.nodes.filter((n: { kind: string }) => n.kind === 'passage').length);
    expect(back.edges.length).toBe(original.edges.length);
    expect(cli(['validate', join(dir, 'pr-back.map.json')]).code).toBe(0);
  });

  it('imports OVA3 JSON with --from aif', () => {
    const r = cli(['import', join(FIX, 'ova3.json'), '--from', 'aif']);
    expect(r.code).toBe(0);
    const map = JSON.parse(r.stdout);
    expect(map.edges.map((e: { from: string; relation: string; to: string }) => `${e.from} ${e.relation} ${e.to}`).sort()).toEqual(['11 supports 10', '13 attacks 10']);
    expect(map.layout['10']).toEqual({ x: 400, y: 100 });
  });

  it('round-trips AIF through the command line', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'maps'), dir, { recursive: true });
    const aif = join(dir, 'china.aif.json');
    expect(cli(['export', join(dir, 'china-1925-27.map.json'), '--to', 'aif', '-o', aif]).code).toBe(0);
    const r = cli(['import', aif]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).edges.length).toBe(JSON.parse(readFileSync(join(dir, 'china-1925-27.map.json'), 'utf8')).edges.length);
  });

  it.each([
    ['self-attack.argdown', [], 'line 4:1: ARGDOWN_RELATION_UNMAPPED'],
    ['dangling.aif.json', [], '$.edges[0]: AIF_EDGE_DANGLING'],
    ['debate.argdown', ['--from', 'aif'], '$: JSON_INVALID'],
  ])('refuses %s %s: a coded, located error, exit 1, no stack trace, nothing written', (file, extra, where) => {
    const out = join(tempDir(), 'never.map.json');
    const r = cli(['import', join(FIX, file), ...extra, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${where}: `);
    expect(r.stderr.split('\n')[0]).toMatch(/^\S.*: (line \d+:\d+|\$\S*): [A-Z_]+: \S/);
    expect(r.all).not.toMatch(STACK);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses garbage and empty Argdown with coded errors', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.argdown'), '\n\n');
    writeFileSync(join(dir, 'broken.argdown'), '[A]: one\n\n(1) [P]: premise\n----\n');
    for (const [file, code] of [['empty.argdown', 'ARGDOWN_EMPTY'], ['broken.argdown', 'ARGDOWN_SYNTAX']] as const) {
      const r = cli(['import', join(dir, file)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`: line \\d+:\\d+: ${code}: `));
      expect(r.all).not.toMatch(STACK);
    }
  });

  it('an unknown format is wrong usage: exit 2', () => {
    expect(cli(['import', join(FIX, 'debate.argdown'), '--from', 'graphml']).code).toBe(2);
    expect(cli(['export', 'maps/getting-started.map.json', '--to', 'graphml']).code).toBe(2);
  });
});
