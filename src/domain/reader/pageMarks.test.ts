import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { firstPageNumber, numberPagesFrom, pagesByParagraph } from './pageMarks';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'First paragraph.\n\nSecond one goes on\nand on.\n\nThird.';
const paragraphs = splitParagraphs(new SourceText(TEXT));

describe('pagesByParagraph', () => {
  it('marks a page at a paragraph start (or in the blank lines before it) above it, and one inside a paragraph where it falls', () => {
    const marks = pagesByParagraph(
      [
        { start: 0, label: '41' },
        { start: 17, label: '42' }, // the blank line before paragraph 2
        { start: 25, label: '43' }, // inside paragraph 2
      ],
      paragraphs,
    );
    expect(marks[1]).toEqual({ before: { start: 0, label: '41' }, inside: [] });
    expect(marks[2]).toEqual({ before: { start: 17, label: '42' }, inside: [{ start: 25, label: '43' }] });
    expect(marks[3]).toEqual({ before: null, inside: [] });
  });

  it('marks only the last of blank pages that share a start', () => {
    const third = TEXT.indexOf('Third');
    const marks = pagesByParagraph(
      [
        { start: 0, label: 'i' },
        { start: third, label: 'ii' },
        { start: third, label: 'iii' },
      ],
      paragraphs,
    );
    expect(marks[3]!.before).toEqual({ start: third, label: 'iii' });
  });

  it('leaves every paragraph unmarked in an unpaged source, and ignores a page past the last paragraph', () => {
    expect(pagesByParagraph([], paragraphs).every((p) => p.before === null && p.inside.length === 0)).toBe(true);
    expect(pagesByParagraph([{ start: TEXT.length, label: '9' }], paragraphs)[3]).toEqual({ before: null, inside: [] });
  });
});

describe('page numbering', () => {
  const pages = [
    { start: 0, label: '1' },
    { start: 10, label: '2' },
    { start: 20, label: '3' },
  ];
  it('counts pages from a printed first page, keeping where each starts', () => {
    expect(numberPagesFrom(pages, 41)).toEqual([
      { start: 0, label: '41' },
      { start: 10, label: '42' },
      { start: 20, label: '43' },
    ]);
  });
  it('reads the first page number only from labels that count up by one', () => {
    expect(firstPageNumber(pages)).toBe(1);
    expect(firstPageNumber(numberPagesFrom(pages, 41))).toBe(41);
    expect(firstPageNumber([{ start: 0, label: 'i' }, { start: 5, label: '1' }])).toBeUndefined();
    expect(firstPageNumber([{ start: 0, label: '3' }, { start: 5, label: '5' }])).toBeUndefined();
    expect(firstPageNumber([])).toBeUndefined();
  });
});
