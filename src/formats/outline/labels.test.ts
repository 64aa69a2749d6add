import { describe, expect, it } from 'vitest';
import type { OutlineItem } from '../../domain/outline/types';
import { itemHeadline, outlineFileName } from './labels';

const item = (fields: Partial<OutlineItem> & Pick<OutlineItem, 'role' | 'text'>): OutlineItem => ({ id: 'x', children: [], ...fields });

describe('itemHeadline', () => {
  it('names a claim by its title, else its text clipped', () => {
    expect(itemHeadline(item({ role: 'reason', text: 'Long text', title: 'Short' }))).toBe('Short');
    expect(itemHeadline(item({ role: 'objection', text: 'a'.repeat(200) }), 20)).toBe(`${'a'.repeat(19)}…`);
  });

  it('quotes a passage, names a work by its authors and year, and the prompt by its purpose', () => {
    const passage = { sourceId: 's', sourceTitle: 'S' };
    expect(itemHeadline(item({ role: 'evidence', text: 'The answer lies in the uneven and combined development of capitalism.', passage }), 30)).toBe('“The answer lies in the…”');
    expect(itemHeadline(item({ role: 'reply', text: 'Such was the revolutionary ferment.', passage }))).toBe('“Such was the revolutionary ferment.”');
    expect(itemHeadline(item({ role: 'work', text: 'Title', authors: ['Davies', 'Wheatcroft'], year: 2004 }))).toBe('Davies and Wheatcroft (2004)');
    expect(itemHeadline(item({ role: 'prompt', text: 'Weigh the 2 arguments…' }))).toBe('Question for the conclusion');
  });
});

describe('outlineFileName', () => {
  it('names the file after the map and the thesis, safe for any file system', () => {
    expect(outlineFileName('permanent-revolution', 'stages-theory')).toBe('permanent-revolution-outline-stages-theory.md');
    expect(outlineFileName('Löwy: Théorie/../x', 'c 1')).toBe('lowy-theorie-x-outline-c-1.md');
    expect(outlineFileName('', '***')).toBe('untitled-outline-untitled.md');
  });
});
