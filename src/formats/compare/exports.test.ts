import { describe, expect, it } from 'vitest';
import { compareMap, type Comparison } from '../../domain/compare';
import { claim, debate, passage, work } from '../../domain/compare/testing';
import { positionHeading } from './cellText';
import { comparisonToCsv, CSV_COLUMNS } from './csv';
import { comparisonToJson } from './json';
import { comparisonToMarkdown } from './markdown';

const NASTY = 'Workers | peasants\nunite <b>now</b>';

const map = debate({
  positions: [{ id: 'men', label: 'Mensheviks', period: '1903-1917' }, { id: 'bol', label: 'Bolsheviks | 1905' }, { id: 'trot', label: '=Trotsky' }],
  questions: ['who', 'land'],
  nodes: [
    claim('m1', 'men', 'who', { title: 'The bourgeoisie leads', central: true }),
    claim('m2', 'men', 'who', { title: '=cmd|" /C calc"!A0' }),
    claim('b1', 'bol', 'who', { title: NASTY }),
    passage('p1', 'The liberal bourgeoisie, "the natural leader", would take power.'),
    work('w1'),
    claim('o1', 'trot', 'land'),
  ],
  edges: [
    ['m1', 'contrasts', 'b1'],
    ['p1', 'states', 'm1'],
    ['o1', 'attacks', 'm1'],
    ['w1', 'assesses', 'm1', 'challenges'],
  ],
});
const result = compareMap(map, ['men', 'bol', 'trot']);
if (!result.ok) throw new Error('fixture comparison failed');
const comparison: Comparison = result.comparison;

/** A strict RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  expect(field + record.join('')).toBe('');
  return records;
}

describe('comparisonToMarkdown', () => {
  const md = comparisonToMarkdown(comparison);
  const lines = md.split('\n');
  const tableRows = lines.filter((l) => l.startsWith('|'));

  it('writes a table: header, delimiter, a row per question, each with one cell per position plus question and agreement', () => {
    expect(tableRows).toHaveLength(2 + 2);
    expect(tableRows[1]).toBe('| --- | --- | --- | --- | --- |');
    // Escaped pipes do not count as cell borders.
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(tableRows[0]).toBe('| Question | Mensheviks (1903-1917) | Bolsheviks \\| 1905 | =Trotsky | Agreement |');
  });

  it('adds the period to a heading only when the label does not already say it', () => {
    expect(positionHeading({ id: 'x', label: 'Lenin, April 1917', color: '#000000', period: 'April 1917' })).toBe('Lenin, April 1917');
    expect(positionHeading({ id: 'x', label: 'Lenin', color: '#000000', period: 'April 1917' })).toBe('Lenin (April 1917)');
  });

  it('shows claims (central in bold), the quote, counts and the agreement summary', () => {
    const who = tableRows[2]!;
    expect(who).toContain('**The bourgeoisie leads**<br>');
    expect(who).toContain('_“The liberal bourgeoisie, "the natural leader", would take power.”_');
    expect(who).toContain('1 objection; works: 1 challenges');
    expect(who).toContain('Disagree: Mensheviks vs Bolsheviks \\| 1905 (contrasts); =Trotsky: no stated position.');
  });

  it('escapes pipes, line breaks and HTML in cell text', () => {
    expect(md).toContain('Workers \\| peasants<br>unite \\<b\\>now\\</b\\>');
    expect(md).not.toContain('<b>');
  });

  it('says "no stated position" in an empty cell and ends with the overall line', () => {
    expect(tableRows[3]).toContain('| _no stated position_ | _no stated position_ |');
    expect(lines).toContain('**Overall:** Disagree on 1 of 2 questions; 1 answered by one position only.');
  });
});

describe('comparisonToCsv', () => {
  const records = parseCsv(comparisonToCsv(comparison));

  it('writes a header and one record per question and position, reading back field for field', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + 2 * 3);
    const row = (q: string, p: string) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, records.find((r) => r[0] === q && r[2] === p)![i]]));
    expect(row('who', 'men')).toMatchObject({
      stated: 'yes',
      claim_ids: 'm1 m2',
      quote: 'The liberal bourgeoisie, "the natural leader", would take power.',
      objections: '1',
      works_challenges: '1',
      agreement: 'disagree',
    });
    expect(row('who', 'bol').claims).toBe(NASTY);
    expect(row('who', 'trot')).toMatchObject({ stated: 'no', claims: '', claim_ids: '' });
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const men = records.find((r) => r[0] === 'who' && r[2] === 'men')!;
    expect(men[6]).toBe('The bourgeoisie leads\n=cmd|" /C calc"!A0');
    const trot = records.find((r) => r[2] === 'trot')!;
    expect(trot[3]).toBe("'=Trotsky");
    expect(records.flat().some((f) => /^[=+\-@\t\r]/.test(f))).toBe(false);
  });
});

describe('comparisonToJson', () => {
  it('gives the questions with ids and text, cells keyed by position with claim ids, and the agreement', () => {
    const json = comparisonToJson(comparison);
    expect(json.positions.map((p) => p.id)).toEqual(['men', 'bol', 'trot']);
    expect(json.questions.map((q) => [q.id, q.text])).toEqual([['who', 'Question who?'], ['land', 'Question land?']]);
    expect(json.questions[0]!.cells.men).toMatchObject({ stated: true, claims: ['m1', 'm2'], objections: 1, works: { challenges: 1 } });
    expect(json.questions[0]!.cells.trot).toMatchObject({ stated: false, claims: [], passage: null });
    expect(json.questions[0]!.agreement.pairs[0]).toMatchObject({ positions: ['men', 'bol'], status: 'disagree', links: [{ relation: 'contrasts' }] });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
