import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeInline } from '../src/formats/outline/markdownText';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const FIXTURE = 'tests/fixtures/outline/debate.map.json';
const STACK = /\n\s+at .+:\d+:\d+/;

function cli(args: string[]) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

interface MapFile {
  nodes: { id: string; kind: string; quote?: string; text?: string; title?: string; ref?: string; central?: boolean; page?: string }[];
  edges: { id: string; from: string; to: string; relation: string }[];
  references: { id: string; author?: { family?: string; literal?: string }[]; editor?: { family?: string }[] }[];
}
const readMap = (file: string): MapFile => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('counterpoint outline', () => {
  it('prints the Markdown outline of a thesis', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Essay outline: Permanent revolution\n/);
    for (const heading of ['## Thesis', '## Arguments for', '## Counter-arguments', '## Historiography', '## Conclusion', '## Bibliography']) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    for (const n of readMap(FIXTURE).nodes.filter((x) => x.kind === 'passage' && x.id.startsWith('permanent-revolution-'))) {
      expect(r.stdout).toContain(`> ${n.quote} (para. `);
    }
    expect(r.stdout).toContain('(Stalin 1924)');
    expect(r.stdout).toContain('- Stalin, J. V. 1924. “The October Revolution and the Tactics of the Russian Communists.” In *On the Road to October*.');
  });

  it('prints JSON with item ids, roles and plain-text citations', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution', '--format', 'json', '--style', 'apa']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ format: 'counterpoint-outline', map: 'outline-debate', style: 'apa', thesis: { id: 'node:permanent-revolution', role: 'thesis' } });
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['section:arguments', 'section:counter-arguments', 'section:historiography', 'section:conclusion']);
    expect(json.sections[1].items[0]).toMatchObject({ id: 'link:a1', citation: '(Stalin, 1924)' });
    expect(json.bibliography.find((b: { refId: string }) => b.refId === 'pipes1990').text).toBe('Pipes, R. (1990). The Russian Revolution. Alfred A. Knopf.');
  });

  it.each([
    ['mla', '(Stalin)'],
    ['chicago-note-bibliography', 'hopelessness.[^1]'],
  ])('cites in the style chosen with --style %s', (style, expected) => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution', '--style', style]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected);
  });

  it('shows where --depth cut the walk', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution', '--depth', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('_Depth limit reached (1 level): 1 further point is not shown._');
    expect(r.stdout).not.toContain('**Reply:');
  });

  it('applies the outline saved in the map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-outline-'));
    temps.push(dir);
    cpSync(join(ROOT, 'tests/fixtures/outline'), dir, { recursive: true });
    const file = join(dir, 'debate.map.json');
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.$schema = undefined;
    map.outlines = [{ thesis: 'permanent-revolution', excluded: ['link:c1'], notes: { 'link:a1': 'Answer with the 1917 figures.' }, style: 'mla' }];
    writeFileSync(file, JSON.stringify(map));
    const r = cli(['outline', file, '--thesis', 'permanent-revolution']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Rival answer');
    expect(r.stdout).toContain('_Your note:_ Answer with the 1917 figures.');
    expect(r.stdout).toContain('(Stalin)');
  });

  it('refuses an unknown thesis by name with a coded line, exit 1', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'ghost']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`${FIXTURE}: $.nodes: UNKNOWN_THESIS: no outline for thesis "ghost": "ghost" is not a node of map "outline-debate"`);
    expect(r.all).not.toMatch(STACK);
  });

  it('refuses a thesis that is a passage', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution-p1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/UNKNOWN_THESIS: .*is a passage; a thesis is a claim or an objection/);
  });

  it.each([
    [['outline', FIXTURE], /outline needs --thesis <node id>/],
    [['outline', FIXTURE, '--thesis'], /--thesis needs a value/],
    [['outline', '--thesis', 'x'], /outline takes exactly one map file/],
    [['outline', FIXTURE, '--thesis', 'x', '--format', 'html'], /--format is md, json or docx/],
    [['outline', FIXTURE, '--thesis', 'x', '--style', 'harvard'], /--style is one of chicago-author-date, chicago-note-bibliography, apa, mla/],
    [['outline', FIXTURE, '--thesis', 'x', '--depth', '0'], /--depth is a whole number from 1 to 12/],
  ])('exits 2 with usage for %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('counterpoint outline <map> --thesis <node id>');
  });

  it('exits 1 with coded lines for a broken map', () => {
    const r = cli(['outline', 'tests/fixtures/broken/dangling-edge.map.json', '--thesis', 'c1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: \$\.edges\[1\]\.to: DANGLING_EDGE: /);
    expect(r.all).not.toMatch(STACK);
  });
});

describe('counterpoint outline on a map quoting a paged source', () => {
  const PAGED = 'tests/fixtures/sources/paged.map.json';
  const pagedMap = readMap(PAGED);

  it('cites each quote as (Author Year, page), the reference being the source’s', () => {
    const r = cli(['outline', PAGED, '--thesis', 'permanent-revolution']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const id of ['permanent-revolution-p1', 'permanent-revolution-p2', 'permanent-revolution-p3']) {
      const p = pagedMap.nodes.find((n) => n.id === id)!;
      expect(p.page).toMatch(/^\d+$/);
      expect(r.stdout).toContain(`> ${escapeInline(p.quote!)} (Counterpoint test fixtures 2026, ${p.page})`);
    }
    expect(r.stdout).not.toContain('(para. ');
  });

  it('puts the page in the footnotes of Chicago notes', () => {
    const r = cli(['outline', PAGED, '--thesis', 'permanent-revolution', '--style', 'chicago-note-bibliography']);
    expect(r.code).toBe(0);
    const first = pagedMap.nodes.find((n) => n.id === 'permanent-revolution-p1')!;
    expect(r.stdout).toContain(`[^1]: Counterpoint test fixtures, “The Russian Revolution and the Rise of Stalinism (Excerpt),” ${first.page}.`);
  });
});

describe('counterpoint outline on every central claim of the default maps', () => {
  const maps = readdirSync(join(ROOT, 'maps')).filter((f) => f.endsWith('.map.json')).map((f) => `maps/${f}`);
  const cases = maps.flatMap((file) => readMap(file).nodes.filter((n) => n.central).map((n) => [file, n.id] as const));

  it('finds central claims to outline', () => {
    for (const id of ['permanent-revolution', 'stages-theory', 'socialism-in-one-country', 'popular-front']) expect(cases.map(([, c]) => c)).toContain(id);
  });

  it.each(cases)('%s --thesis %s', (file, thesis) => {
    const map = readMap(file);
    const r = cli(['outline', file, '--thesis', thesis]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.split('\n').filter((l) => /^#{1,6} /.test(l)).length).toBeGreaterThanOrEqual(3);

    const into = (relation: string) => map.edges.filter((e) => e.to === thesis && e.relation === relation);
    const node = (id: string) => map.nodes.find((n) => n.id === id)!;
    for (const e of into('states')) expect(md).toContain(`> ${escapeInline(node(e.from).quote!)} (para. `);
    for (const e of into('attacks')) {
      const attacker = node(e.from);
      expect(md).toContain(escapeInline(attacker.kind === 'passage' ? attacker.quote! : attacker.text!));
    }
    for (const e of into('assesses')) {
      const ref = map.references.find((x) => x.id === node(e.from).ref)!;
      for (const name of (ref.author ?? ref.editor ?? []).map((a) => a.family ?? ('literal' in a ? a.literal : undefined))) {
        expect(md).toContain(name!);
      }
    }
    const bibliography = md.slice(md.indexOf('\n## Bibliography\n'));
    expect(bibliography.length).toBeGreaterThan(20);
    if (into('assesses').length > 0) expect(bibliography).toMatch(/\n- \S/);
  });
});
