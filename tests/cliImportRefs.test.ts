import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import historiography from '../data/corpus/historiography.json';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const REFS = 'tests/fixtures/references';
const MAP = 'tests/fixtures/outline/debate.map.json';
const STACK = /\n\s+at .+:\d+:\d+/;

function cli(args: string[]) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const corpus = new Map((historiography as { id: string; title?: string; ISBN?: string; DOI?: string }[]).map((r) => [r.id, r]));
const temp = mkdtempSync(join(tmpdir(), 'cp-refs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('counterpoint import (references)', () => {
  it('prints the CSL-JSON items of a BibTeX file', () => {
    const r = cli(['import', `${REFS}/historiography.bib`, '--from', 'bibtex']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { id: string; title: string; ISBN?: string; DOI?: string }[];
    expect(items.map((i) => i.id)).toEqual(['conquest1986', 'davies-wheatcroft2004', 'lih2011', 'stalin1924b', 'mcdermott-agnew1996']);
    expect(items[0]!.title).toBe(corpus.get('conquest1986')!.title);
    expect(items[4]).toMatchObject({ ISBN: corpus.get('mcdermott-agnew1996')!.ISBN, DOI: corpus.get('mcdermott-agnew1996')!.DOI });
  });

  it.each([
    ['historiography.ris', ['conquest1986', 'lih2011', 'mcdermott-agnew1996']],
    ['historiography.csl.json', ['conquest1986', 'Lih-2011', 'mcdermott-agnew1996']],
  ])('tells the format of %s from its name', (file, ids) => {
    const r = cli(['import', `${REFS}/${file}`]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((i) => i.id)).toEqual(ids);
  });

  it('writes to a file with -o, and prints warnings as located lines', () => {
    const out = join(temp, 'refs.json');
    const r = cli(['import', `${REFS}/historiography.csl.json`, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${REFS}/historiography.csl.json: $[1].type: REFERENCE_TYPE_FIXED: item 2: type "journalArticle" is not a CSL type; it is now "article-journal"\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(3);
  });

  it('refuses a file with an unreadable entry: exit 1, the entry named by line and key, nothing printed', () => {
    const r = cli(['import', `${REFS}/broken.bib`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^tests\/fixtures\/references\/broken\.bib: line 9: REFERENCES_UNREADABLE: entry "figes1996" \(line 9\) cannot be read: .+\n$/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses a DOI alone (nothing to cite it by) without looking it up', () => {
    const r = cli(['import', `${REFS}/doi-only.bib`, '--from', 'bibtex']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 1: REFERENCE_INVALID: entry "comintern" (line 1) has no title, author or editor');
  });

  it('names the formats when --from is wrong (exit 2)', () => {
    const r = cli(['import', `${REFS}/historiography.bib`, '--from', 'endnote']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from must be one of counterpoint, argdown, aif, bibtex, biblatex, ris, csl, not "endnote"');
  });
});

describe('counterpoint export --to bibtex|csl', () => {
  it('writes the map’s references as CSL-JSON, exactly', () => {
    const r = cli(['export', MAP, '--to', 'csl']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, MAP), 'utf8')).references);
  });

  it('writes them as BibTeX that imports back to the same works', () => {
    const bib = join(temp, 'map.bib');
    expect(cli(['export', MAP, '--to', 'bibtex', '-o', bib]).code).toBe(0);
    const back = cli(['import', bib]);
    expect(back.code).toBe(0);
    const refs = JSON.parse(readFileSync(join(ROOT, MAP), 'utf8')).references as { id: string; title: string }[];
    expect((JSON.parse(back.stdout) as { id: string; title: string }[]).map((r) => [r.id, r.title])).toEqual(refs.map((r) => [r.id, r.title]));
  });
});
