import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { hitsByParagraph, searchSource, snippetOf } from './search';

const TEXT = [
  'One',
  '',
  'The revolution in permanence, wrote Marx and Engels in their address of March 1850, was the task of the workers after the democrats won.',
  '',
  'The revolution, the revolution again.',
].join('\n');
const source = new SourceText(TEXT);
const paragraphs = splitParagraphs(source);

describe('search results', () => {
  it('groups hits by paragraph, remembering where each group starts in the list', () => {
    const hits = searchSource(source, paragraphs, 'revolution');
    expect(hitsByParagraph(hits).map((g) => [g.paragraph, g.first, g.hits.length])).toEqual([
      [2, 0, 1],
      [3, 1, 2],
    ]);
  });

  it('cuts a snippet at word boundaries within the paragraph, with ellipses where it goes on', () => {
    const [hit] = searchSource(source, paragraphs, '"address of March"');
    const snippet = snippetOf(source, paragraphs[1]!, hit!, 24);
    expect(snippet.match).toBe('address of March');
    expect(snippet.before).toBe('…and Engels in their ');
    expect(snippet.after).toBe(' 1850, was the task of…');
    const whole = snippetOf(source, paragraphs[2]!, searchSource(source, paragraphs, 'again')[0]!, 80);
    expect(`${whole.before}${whole.match}${whole.after}`).toBe('The revolution, the revolution again.');
  });

  it('gives the same hits on a second search of the same text (the folded text is reused)', () => {
    expect(searchSource(source, paragraphs, 'workers')).toEqual(searchSource(source, paragraphs, 'workers'));
    expect(searchSource(source, paragraphs, 'workers')).toHaveLength(1);
  });
});
