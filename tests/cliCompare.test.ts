import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const DEBATE = 'tests/fixtures/compare/debate.map.json';
const STACK = /\n\s+at .+:\d+:\d+/;

function cli(args: string[]) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface ComparisonJson {
  positions: { id: string }[];
  questions: {
    id: string;
    text: string;
    cells: Record<string, { stated: boolean; claims: string[]; objections: number; works: Record<string, number> }>;
    agreement: { status: string; summary: string; missing: string[]; pairs: { positions: string[]; status: string }[] };
  }[];
  summary: { line: string; disagreeing: number };
}

const compareJson = (map: string, positions: string) => {
  const r = cli(['compare', map, '--positions', positions, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ComparisonJson;
};

describe('counterpoint compare: JSON', () => {
  let json: ComparisonJson;
  beforeAll(() => {
    json = compareJson(DEBATE, 'mensheviks,bolsheviks-1905,trotsky-1905');
  });
  const question = (id: string) => json.questions.find((q) => q.id === id)!;

  it('gives every question (id and text) against the chosen positions, in order', () => {
    expect(json.positions.map((p) => p.id)).toEqual(['mensheviks', 'bolsheviks-1905', 'trotsky-1905']);
    expect(json.questions.map((q) => q.id)).toEqual(['who-leads', 'peasantry', 'stages', 'power', 'international']);
    expect(question('who-leads').text).toBe('Who can lead the democratic revolution in Russia?');
    expect(Object.keys(question('who-leads').cells)).toEqual(['mensheviks', 'bolsheviks-1905', 'trotsky-1905']);
  });

  it('places claim ids in cells, a claim answering two questions in both', () => {
    expect(question('who-leads').cells['bolsheviks-1905']!.claims).toEqual(['bol-democratic-dictatorship']);
    expect(question('power').cells['bolsheviks-1905']!.claims).toEqual(['bol-democratic-dictatorship']);
    expect(question('power').cells.mensheviks!.claims).toEqual(['men-objection']);
    expect(question('peasantry').cells.mensheviks).toMatchObject({ stated: false, claims: [] });
  });

  it('gives the agreement for each question and the overall line', () => {
    expect(json.questions.map((q) => q.agreement.status)).toEqual(['disagree', 'disagree', 'mixed', 'disagree', 'unanswered']);
    expect(question('peasantry').agreement.missing).toEqual(['mensheviks']);
    expect(question('stages').agreement.pairs.map((p) => p.status)).toEqual(['agree', 'disagree', 'disagree']);
    expect(json.summary.line).toBe('Disagree on 4 of 5 questions (1 in part); 1 answered by none.');
  });

  it('shows a shift: Lenin in April 1917 against the Bolsheviks of 1905, with Trotsky', () => {
    const power = compareJson(DEBATE, 'bolsheviks-1905,trotsky-1905,lenin-april-1917').questions.find((q) => q.id === 'power')!;
    expect(power.agreement.pairs.map((p) => [...p.positions, p.status])).toEqual([
      ['bolsheviks-1905', 'trotsky-1905', 'no-engagement'],
      ['bolsheviks-1905', 'lenin-april-1917', 'disagree'],
      ['trotsky-1905', 'lenin-april-1917', 'agree'],
    ]);
  });

  it('compares a position that holds no claims: every cell says so', () => {
    const json2 = compareJson(DEBATE, 'author,spectators');
    expect(json2.questions.every((q) => q.cells.spectators!.stated === false)).toBe(true);
    expect(json2.questions.map((q) => q.agreement.status)).toEqual(['unanswered', 'unanswered', 'one-sided', 'unanswered', 'one-sided']);
  });
});

describe('counterpoint compare: Markdown and CSV', () => {
  it('prints a Markdown table by default, escaped, with the overall line', () => {
    const r = cli(['compare', DEBATE, '--positions', 'mensheviks,lenin-april-1917']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('|'));
    expect(rows[0]).toBe('| Question | Mensheviks (1903-1917) | Lenin, April 1917 | Agreement |');
    expect(rows[1]).toBe('| --- | --- | --- | --- |');
    expect(rows).toHaveLength(2 + 5);
    expect(r.stdout).toContain('**All power to the soviets \\| no support for the Provisional Government**');
    expect(r.stdout).toContain('_no stated position_');
    expect(r.stdout).toMatch(/\n\*\*Overall:\*\* Disagree on \d of 5 questions/);
  });

  it('prints CSV with --format csv, and writes exact bytes with -o', () => {
    const r = cli(['compare', DEBATE, '--positions', 'mensheviks,trotsky-1905', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'question_id,question,position_id,position,stated,claim_ids,claims,passage_id,quote,objections,works_supports,works_challenges,works_complicates,agreement,agreement_summary',
    );
    const dir = mkdtempSync(join(tmpdir(), 'cp-compare-'));
    temps.push(dir);
    const out = join(dir, 'c.csv');
    expect(cli(['compare', DEBATE, '--positions', 'mensheviks,trotsky-1905', '--format', 'csv', '-o', out]).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.endsWith('\r\n')).toBe(true);
    expect(written.split('\r\n')).toHaveLength(1 + 5 * 2 + 1);
  });
});

describe('counterpoint compare: refusals', () => {
  it('refuses an unknown position by name: a coded problem line, exit 1', () => {
    const r = cli(['compare', DEBATE, '--positions', 'mensheviks,stalin-1924']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${DEBATE.replace(/\./g, '\\.')}: \\$\\.positions: COMPARE_UNKNOWN_POSITION: .*"stalin-1924"`, 'm'));
    expect(r.all).not.toMatch(STACK);
  });

  it('exits 2 with usage when --positions is missing', () => {
    const r = cli(['compare', DEBATE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--positions is required/);
    expect(r.stderr).toContain('counterpoint compare <map> --positions');
    expect(r.stdout).toBe('');
  });

  // The same path as above, run in-process: a process per case would only add start-up time.
  it.each([
    ['one position', [DEBATE, '--positions', 'mensheviks'], /choose 2 to 5 positions to compare; 1 was chosen/],
    ['six positions', [DEBATE, '--positions', 'a,b,c,d,e,f'], /choose 2 to 5 positions to compare; 6 were chosen/],
    ['a repeated position', [DEBATE, '--positions', 'mensheviks,mensheviks,author'], /chosen twice: mensheviks/],
    ['an unknown format', [DEBATE, '--positions', 'mensheviks,author', '--format', 'html'], /--format must be one of md, json, csv/],
    ['no map', ['--positions', 'mensheviks,author'], /exactly one map file/],
  ])('exits 2 with usage on %s', async (_, args, message) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['compare', ...args], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toContain('counterpoint compare <map> --positions');
    expect(out).toEqual([]);
  });

  it.each([
    ['tests/fixtures/broken/dangling-edge.map.json', 'DANGLING_EDGE'],
    ['tests/fixtures/broken/truncated.map.json', 'JSON_INVALID'],
    ['tests/fixtures/compare/no-such.map.json', 'FILE_UNREADABLE'],
  ])('passes on the loader problems of %s, exit 1, no stack trace', (file, code) => {
    const r = cli(['compare', file, '--positions', 'men,bol']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}: \\$\\S*: ${code}: \\S`, 'm'));
    expect(r.all).not.toMatch(STACK);
  });
});

// The default map with Menshevik and Bolshevik positions, as a user first meets it.
const DEFAULT_MAP = 'maps/permanent-revolution.map.json';
describe('counterpoint compare on the default permanent-revolution map', () => {
  it('covers at least 3 questions and places at least 2 claims each for Mensheviks and Bolsheviks 1905', () => {
    const json = compareJson(DEFAULT_MAP, 'mensheviks,bolsheviks-1905');
    expect(json.questions.length).toBeGreaterThanOrEqual(3);
    for (const position of ['mensheviks', 'bolsheviks-1905']) {
      const placed = new Set(json.questions.flatMap((q) => q.cells[position]!.claims));
      expect(placed.size).toBeGreaterThanOrEqual(2);
    }
  });

  it('prints a Markdown table and refuses an unknown position by name', () => {
    const md = cli(['compare', DEFAULT_MAP, '--positions', 'mensheviks,bolsheviks-1905,trotsky-1905,lenin-april-1917']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^\| Question \|.*\| Agreement \|$/m);
    expect(md.stdout).toMatch(/^\| --- \|/m);
    const bad = cli(['compare', DEFAULT_MAP, '--positions', 'mensheviks,nobody-here']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/COMPARE_UNKNOWN_POSITION: .*"nobody-here"/);
  });
});
