import type { SourceReader } from '../loader/anchors';
import { describeRange } from '../anchoring/selector';
import type { ArgumentMap } from '../schema/map';
import { SourceText } from '../text/sourceText';

/** A short source with a quote that occurs twice, for anchoring tests. */
export const SAMPLE_SOURCE = [
  'The Revolution of the Few',
  '',
  'The liberal bourgeoisie was incapable of playing a revolutionary role against Tsarism.',
  '',
  'Only the working class, leading the peasantry, could carry the democratic revolution through.',
  '',
  'History repeats itself. History repeats itself, first as tragedy.',
].join('\n');

/** A small valid map over SAMPLE_SOURCE, used by loader and domain tests; tests mutate copies. */
export function sampleMap(): ArgumentMap {
  const quote = 'The liberal bourgeoisie was incapable of playing a revolutionary role against Tsarism.';
  const start = SAMPLE_SOURCE.indexOf(quote);
  return {
    format: 'counterpoint-map',
    version: 1,
    id: 'sample',
    title: 'Sample',
    sources: [{ id: 's', title: 'Sample source', file: 'sources/s.txt' }],
    positions: [
      { id: 'men', label: 'Mensheviks', color: '#E69F00', period: '1903-1917', from: 1903 },
      { id: 'bol', label: 'Bolsheviks', color: '#0072B2', period: '1903-1917', from: 1903 },
    ],
    questions: [{ id: 'who', text: 'Who leads?' }],
    references: [
      { id: 'lih2006', type: 'book', title: 'Lenin Rediscovered', author: [{ family: 'Lih', given: 'Lars T.' }], issued: { 'date-parts': [[2006]] } },
    ],
    nodes: [
      { id: 'c1', kind: 'claim', text: 'The bourgeoisie cannot lead.', position: 'bol', answers: 'who', central: true },
      { id: 'c2', kind: 'claim', text: 'The bourgeoisie must lead.', position: 'men', answers: 'who' },
      { id: 'p1', kind: 'passage', source: 's', ...describeRange(new SourceText(SAMPLE_SOURCE), start, start + quote.length) },
      { id: 'o1', kind: 'objection', text: 'Liberals led 1905.', position: 'men' },
      { id: 'w1', kind: 'work', ref: 'lih2006', pages: '12-14' },
      { id: 'n1', kind: 'note', text: 'A note.', about: ['c1'] },
    ],
    edges: [
      { id: 'e1', from: 'p1', to: 'c1', relation: 'states' },
      { id: 'e2', from: 'o1', to: 'c1', relation: 'attacks' },
      { id: 'e3', from: 'c1', to: 'c2', relation: 'contrasts' },
      { id: 'e4', from: 'w1', to: 'c1', relation: 'assesses', stance: 'complicates', note: 'Nuanced.' },
    ],
    layout: { c1: { x: 0, y: 0 } },
  };
}

/** A source reader over an in-memory folder: path -> text. */
export function memoryReader(files: Record<string, string>): SourceReader {
  return (path) => (Object.hasOwn(files, path) ? { status: 'ok', text: files[path]! } : { status: 'missing' });
}

export const sampleReader = (text = SAMPLE_SOURCE) => memoryReader({ 'sources/s.txt': text });
