import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebateFixture } from '../../../tests/fixtures/outline/fixture';
import { applySavedOutline } from '../../domain/outline/apply';
import { buildOutline } from '../../domain/outline/build';
import type { Outline } from '../../domain/outline/types';
import type { ArgumentMap } from '../../domain/schema/map';
import type { SavedOutline } from '../../domain/schema/outline';
import { formatCitations } from '../citations/processor';
import type { CitationStyleId } from '../citations/styles';
import { outlineCiteRequests, prepareOutline, renderOutlineJson, renderOutlineMarkdown } from '.';

const files = (file: string) => readFile(join(import.meta.dirname, '..', 'citations', 'styles', file), 'utf8');
const { map, sourceTexts } = loadDebateFixture();

function outline(m: ArgumentMap = map, thesis = 'permanent-revolution', depth?: number): Outline {
  const r = buildOutline(m, thesis, depth ? { sourceTexts, depth } : { sourceTexts });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
}

async function render(o: Outline, style: CitationStyleId = 'chicago-author-date', m: ArgumentMap = map): Promise<string> {
  const citations = await formatCitations(m.references, outlineCiteRequests(o), { style, files });
  return renderOutlineMarkdown(o, { citations, mapTitle: m.title });
}

const passage = (id: string) => {
  const n = map.nodes.find((x) => x.id === id);
  if (n?.kind !== 'passage') throw new Error(id);
  return n.quote;
};

describe('renderOutlineMarkdown', () => {
  it('has a heading for each part of the essay, in order', async () => {
    const md = await render(outline());
    const headings = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings).toEqual([
      '# Essay outline: Permanent revolution',
      '## Thesis',
      '## Arguments for',
      '## Counter-arguments',
      '## Historiography',
      '### Works that support the claim',
      '### Works that challenge the claim',
      '### Works that complicate the claim',
      '## Conclusion',
      '## Bibliography',
    ]);
  });

  it('quotes passages verbatim as block quotes with their paragraph', async () => {
    const md = await render(outline());
    const paragraphOf = (quote: string) => sourceTexts.rrs!.split('\n\n').findIndex((p) => p.includes(quote)) + 1;
    for (const id of ['permanent-revolution-p1', 'permanent-revolution-p3', 'bourgeoisie-cannot-lead-p2', 'trotsky-proletarian-dictatorship-p2']) {
      const quote = passage(id);
      expect(md).toContain(`> ${quote} (para. ${paragraphOf(quote)})`);
    }
  });

  it('sets out objections with their replies nested, and undercuts with the link they deny', async () => {
    const md = await render(outline());
    expect(md).toContain('- **Objection: The theory discounts the peasantry** (Stalin and the Comintern) — Trotsky’s theory is a kind of Menshevism that discounts the peasantry and breeds hopelessness. (Stalin 1924)');
    expect(md).toContain('\n  - **Reply: Dictatorship of the proletariat supported by the poor peasants');
    expect(md).toContain('- **Undercut: April 1917 was Old Bolshevism, not Trotsky** — denies that “Lenin’s April 1917 reorientation of the Bolsheviks” bears on “Permanent revolution”:');
    expect(md).toContain('- **Rival answer: Socialism in one country** (Stalin and the Comintern)');
  });

  it('names the historians by family name with narrative citations, and lists their works', async () => {
    const md = await render(outline());
    expect(md).toContain('- **Deutscher** (1954): Deutscher treats the theory');
    expect(md).toContain('- **Lih** (2011): His reading weakens');
    expect(md).toContain('- Pipes, Richard. 1990. *The Russian Revolution*. New York: Alfred A. Knopf.');
    expect(md).toContain('- Lih, Lars T. 2011. “The Ironic Triumph of Old Bolshevism: The Debates of April 1917 in Context.” *Russian History* 38 (2): 199–242.');
  });

  it('uses footnotes for a note style', async () => {
    const md = await render(outline(), 'chicago-note-bibliography');
    expect(md).toContain('discounts the peasantry and breeds hopelessness.[^1]');
    expect(md).toContain('## Notes\n\n[^1]: Stalin, “The October Revolution and the Tactics of the Russian Communists.”');
    expect(md).toMatch(/- \*\*Lih\*\*\[\^\d+\]: His reading/);
  });

  it('shows where the depth limit cut, and where a cycle returns to the thesis', async () => {
    const cyclic: ArgumentMap = { ...map, edges: [...map.edges, { id: 'loop', from: 'permanent-revolution', to: 'bourgeoisie-cannot-lead', relation: 'supports' }] };
    const md = await render(outline(cyclic, 'permanent-revolution', 1));
    expect(md).toContain('- _Depth limit reached (1 level): 1 further point is not shown._');
    expect(md).toContain('reasons and objections followed 1 level deep');
    const deeper = await render(outline(cyclic, 'permanent-revolution', 3));
    expect(deeper).toContain('this leads back to the thesis itself: the reasoning is circular here.');
  });

  it('flags a passage whose quote needs review', async () => {
    const r = buildOutline(map, 'permanent-revolution', { sourceTexts, anchors: { 'permanent-revolution-p1': { status: 'fuzzy' } } });
    if (!r.ok) throw new Error(r.problem.message);
    const md = await render(r.outline);
    expect(md).toContain(`${passage('permanent-revolution-p1')} (para. 1) _(this quote needs review: it matches the source only approximately)_`);
    expect(md.match(/needs review/g)).toHaveLength(1);
  });

  it('says when a claim has no passage and no objections', async () => {
    const md = await render(outline(map, 'international-revolution'));
    expect(md).toContain('_No passage of the source is linked to this claim in the map._');
    expect(md).toContain('_The map holds no objections, undercuts or rival answers to this thesis yet._');
    expect(md).toContain('_No work in the map assesses this thesis yet._');
  });

  it('escapes claim text that would otherwise become markup', async () => {
    const hostile: ArgumentMap = {
      ...map,
      nodes: map.nodes.map((n) => (n.id === 'bourgeoisie-cannot-lead' && n.kind === 'claim' ? { ...n, title: '# <script>alert(1)</script>', text: '<img src=x onerror=alert(1)> [link](javascript:alert(1))' } : n)),
    };
    const md = await render(outline(hostile));
    // Every < is escaped, so no HTML tag survives; the link syntax is broken up.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).toContain('**Reason: # \\<script\\>alert(1)\\</script\\>**');
    // A thesis text that starts a line is kept from becoming a heading.
    const thesis: ArgumentMap = { ...map, nodes: map.nodes.map((n) => (n.id === 'permanent-revolution' && n.kind === 'claim' ? { ...n, text: '# Not a heading\n- nor a list' } : n)) };
    const md2 = await render(outline(thesis));
    expect(md2).toContain('\n\\# Not a heading\n\\- nor a list\n');
  });

  it('applies a saved outline: order, exclusions and the user’s notes', async () => {
    const saved: SavedOutline = {
      thesis: 'permanent-revolution',
      order: { 'section:arguments': ['link:r2', 'link:r1'] },
      excluded: ['link:a1', 'section:historiography'],
      notes: { 'link:r2': 'Start *here*.' },
    };
    const md = await render(applySavedOutline(outline(), saved));
    expect(md.indexOf('Reason: Lenin’s April')).toBeLessThan(md.indexOf('Reason: The bourgeoisie'));
    expect(md).not.toContain('Objection: The theory discounts the peasantry');
    expect(md).not.toContain('## Historiography');
    expect(md).not.toContain('Stalin, J. V.');
    expect(md).toContain('  - _Your note:_ Start \\*here\\*.');
  });
});

describe('prepareOutline and renderOutlineJson', () => {
  it('uses the saved style and depth, and the JSON keeps ids, roles and citations', async () => {
    const m: ArgumentMap = { ...map, outlines: [{ thesis: 'permanent-revolution', style: 'apa', depth: 1 }] };
    const prepared = await prepareOutline(m, 'permanent-revolution', { sourceTexts, files, output: 'text' });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    expect(prepared.citations.style.id).toBe('apa');
    const json = renderOutlineJson(prepared.outline, prepared.citations);
    expect(json).toMatchObject({ format: 'counterpoint-outline', version: 1, map: 'outline-debate', depthLimit: 1, style: 'apa' });
    const objection = json.sections[1]!.items[0]!;
    expect(objection).toMatchObject({ id: 'link:a1', role: 'objection', nodeId: 'obj-peasantry', citation: '(Stalin, 1924)', cut: 1 });
    expect(json.bibliography.map((b) => b.refId)).toContain('stalin1924b');
  });

  it('reports an unknown thesis', async () => {
    const prepared = await prepareOutline(map, 'ghost', { files });
    expect(!prepared.ok && prepared.problem.code).toBe('UNKNOWN_THESIS');
  });
});
