import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const FIX = join(ROOT, 'tests', 'fixtures');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(BIN, args, { cwd, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

const STACK = /\n\s+at .+:\d+:\d+/;
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cp-cli-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('counterpoint validate', () => {
  it('exits 0 on the shipped maps/', () => {
    const r = cli(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/getting-started\.map\.json: valid/);
  });

  it('exits 0 on a valid fixture', () => {
    expect(cli(['validate', join(FIX, 'valid')]).code).toBe(0);
  });

  it.each([
    ['misquoted', '$.nodes[2].quote', 'QUOTE_NOT_FOUND'],
    ['dangling-edge', '$.edges[1].to', 'DANGLING_EDGE'],
    ['future-version', '$.version', 'VERSION_TOO_NEW'],
    ['duplicate-id', '$.nodes[1].id', 'DUPLICATE_ID'],
    ['unknown-kind', '$.nodes[6].kind', 'UNKNOWN_NODE_KIND'],
    ['outside-maps', '$.sources[0].file', 'SOURCE_OUTSIDE_MAPS'],
    ['missing-source', '$.sources[0].file', 'SOURCE_NOT_FOUND'],
    ['no-stance', '$.edges[3].stance', 'STANCE_MISSING'],
    ['undercut-missing-edge', '$.edges[4].to', 'DANGLING_UNDERCUT'],
    ['unknown-reference', '$.nodes[4].ref', 'UNKNOWN_REFERENCE'],
    ['offsets-out-of-range', '$.nodes[2].start', 'OFFSET_OUT_OF_RANGE'],
    ['wrong-types', '$.nodes[0].central', 'SCHEMA_INVALID'],
    ['truncated', '$', 'JSON_INVALID'],
  ])('%s: exits 1 with "<file>: %s: %s: ..." and no stack trace', (name, path, code) => {
    const file = `tests/fixtures/broken/${name}.map.json`;
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)}: ${escape(path)}: ${code}: \\S`)));
    expect(r.all).not.toMatch(STACK);
    expect(r.stdout).toMatch(new RegExp(`${escape(file)}: INVALID`));
  });

  it('validates a paged source given by file, and warns, without failing, of one whose text is kept in a browser', () => {
    const paged = cli(['validate', 'tests/fixtures/sources/paged.map.json']);
    expect(paged.stderr).toBe('');
    expect(paged.code).toBe(0);
    const stored = cli(['validate', 'tests/fixtures/sources/stored.map.json']);
    expect(stored.code).toBe(0);
    expect(stored.stderr).toMatch(/^tests\/fixtures\/sources\/stored\.map\.json: \$\.sources\[0\]\.stored: SOURCE_TEXT_NOT_IN_FILE: source "rrs": its text is not in the map file/m);
    expect(stored.stdout).toMatch(/valid: 1 warning \(SOURCE_TEXT_NOT_IN_FILE rrs\)/);
    expect(cli(['validate', '--strict', 'tests/fixtures/sources/stored.map.json']).code).toBe(1);
  });

  it('validates a whole folder, failing if any map fails', () => {
    const r = cli(['validate', 'tests/fixtures']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sample\.map\.json: valid/);
  });

  it('refuses a source reached through a symbolic link out of the maps folder', () => {
    const dir = tempDir();
    cpSync(join(FIX, 'valid'), dir, { recursive: true });
    rmSync(join(dir, 'sources', 's.txt'));
    symlinkSync(join(FIX, 'valid', 'sources', 's.txt'), join(dir, 'sources', 's.txt'));
    const r = cli(['validate', join(dir, 'sample.map.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\$\.sources\[0\]\.file: SOURCE_OUTSIDE_MAPS/);
  });

  describe('on an edited copy of the source', () => {
    const copyWith = (edit: (text: string) => string) => {
      const dir = tempDir();
      cpSync(join(ROOT, 'maps'), dir, { recursive: true });
      const src = join(dir, 'sources', 'rrs.txt');
      writeFileSync(src, edit(readFileSync(src, 'utf8')));
      return dir;
    };
    const passage = JSON.parse(readFileSync(join(ROOT, 'maps/getting-started.map.json'), 'utf8')).nodes.find(
      (n: { kind: string }) => n.kind === 'passage',
    );

    it('still validates with a paragraph inserted at the top', () => {
      const r = cli(['validate', copyWith((t) => `A new opening paragraph.\n\n${t}`)]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/re-anchored/);
    });

    it('reports a passage with one word changed as needing review, by id', () => {
      const words = passage.quote.split(' ');
      const changed = [...words.slice(0, 3), 'XYZZY', ...words.slice(4)].join(' ');
      const r = cli(['validate', copyWith((t) => t.replace(passage.quote, changed))]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`QUOTE_NEEDS_REVIEW: passage "${passage.id}" needs review`));
      expect(r.stdout).toMatch(new RegExp(`needs review \\(${passage.id}\\)`));
    });

    it('exits 1 naming a passage whose quote was deleted', () => {
      const r = cli(['validate', copyWith((t) => t.replace(passage.quote, ''))]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`QUOTE_NOT_FOUND: passage "${passage.id}"`));
    });
  });
});

describe('counterpoint stats', () => {
  it('prints counts as JSON', () => {
    const r = cli(['stats', 'tests/fixtures/valid/sample.map.json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.nodes).toMatchObject({ claim: 2, passage: 1, objection: 1, work: 1, note: 1, total: 6 });
    expect(stats.edges).toMatchObject({ states: 1, attacks: 1, contrasts: 1, assesses: 1, total: 4 });
    expect(stats).toMatchObject({ positions: 2, questions: 1, references: 1, centralClaims: 1, worksCited: 1 });
    expect(stats.passages).toEqual({ total: 1, verified: 1, reanchored: 0, needsReview: 0 });
    expect(stats.coverage.s.paragraphs).toBe(4);
  });

  it('for a folder, gives every map\'s stats and the coverage of all maps together', () => {
    const r = cli(['stats', 'maps']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.maps.length).toBeGreaterThan(0);
    const all = out.coverage['sources/rrs.txt'];
    expect(all.paragraphs).toBe(276);
    const best = Math.max(...out.maps.map((m: { coverage: { rrs?: { cited: number } } }) => m.coverage.rrs?.cited ?? 0));
    expect(all.cited).toBeGreaterThanOrEqual(best);
  });

  it('exits 1 with coded lines for a broken map', () => {
    const r = cli(['stats', 'tests/fixtures/broken/dangling-edge.map.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: \$\.edges\[1\]\.to: DANGLING_EDGE: /);
  });
});

describe('usage', () => {
  it('exits 2 with usage for an unknown verb', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown verb "frobnicate"/);
    expect(r.stderr).toMatch(/usage: counterpoint <verb>/);
  });

  it('exits 2 for a missing argument or an unknown option', () => {
    expect(cli(['stats']).code).toBe(2);
    expect(cli(['validate', '--frob']).code).toBe(2);
  });

  it.each([['stats', 'nowhere.map.json'], ['validate', 'no/such/folder']])(
    '%s %s: exits 1 with a coded line and no stack trace for a path that does not exist',
    (verb, path) => {
      const r = cli([verb, path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^${escape(path)}: \\$: FILE_UNREADABLE: `, 'm'));
      expect(r.all).not.toMatch(STACK);
    },
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('output into a pipe that closes early', () => {
  it('stops quietly (no EPIPE, no stack trace) when the reader goes away, as `| head` does', () => {
    // `head -c 1` reads one byte and exits, closing the pipe while the export is still writing.
    const r = spawnSync('sh', ['-c', `"${BIN}" export maps/overview.map.json --to argdown | head -c 1 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).not.toMatch(STACK);
  });
});
