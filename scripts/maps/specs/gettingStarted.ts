import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import { ascherOnLiberals, stagesTheory } from './centralClaims';

/**
 * The small map the README's tour opens: one debate (who leads the democratic revolution),
 * one central claim with all that a central claim needs, and a note on how to read it.
 */
export function gettingStarted(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'getting-started',
    title: 'Getting started: who can lead the democratic revolution?',
    description:
      'A small map to learn Counterpoint on: the Menshevik two-stage theory against the text\'s case that the Russian bourgeoisie could not lead its own revolution, with the passages that state each, the objections to the theory, and four works that assess the two claims.',
  });
  b.position({ id: 'mensheviks', label: 'Mensheviks', color: COLOURS.orange, period: '1903-1917', from: 1903, to: 1917 })
    .position(AUTHOR)
    .question('who-leads', 'Who can lead the democratic revolution in Russia?');

  stagesTheory(b, { title: 'The liberal bourgeoisie must lead; socialism must wait', position: 'mensheviks', answers: 'who-leads' });

  b.corpusClaim('bourgeoisie-cannot-lead', { title: 'The bourgeoisie cannot carry through the democratic revolution', position: 'author', answers: 'who-leads' })
    .passage('bourgeoisie-cannot-lead-p1', 'states', 'bourgeoisie-cannot-lead')
    .passage('bourgeoisie-cannot-lead-p2', 'states', 'bourgeoisie-cannot-lead')
    .corpusRelations();

  ascherOnLiberals(b);

  b.note('n-start', {
    title: 'How to read this map',
    text: 'Claims are cards coloured by the position that holds them; the central one has a halo. Passages below a claim quote the source verbatim; objections to its right attack it; works to its left are historians\' and participants\' readings, marked as supporting, challenging or complicating the claim they point at.',
    links: [{ map: 'permanent-revolution', label: 'The whole debate: permanent revolution and the two-stage theory' }],
  });

  return b.build({ rows: [{ lead: 'n-start', claims: ['stages-theory', 'bourgeoisie-cannot-lead'] }] });
}
