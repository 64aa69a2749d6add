import type { ArgumentMap } from '../../../src/domain/schema/map';
import { ReferenceSchema, type Reference } from '../../../src/domain/schema/reference';
import { MapBuilder } from '../lib/builder';
import { must, type CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';
import { FORCED_COLLECTIVISATION, NEP_LINE } from './ownTerms';

/**
 * Socialism in one country and what followed from it: the doctrine of 1924 against the
 * Left Opposition's internationalism, NEP and the kulaks, the turn of 1928-29, forced
 * collectivisation and the planned economy, with the text's figures set beside the
 * scholarly cross-checks in the corpus.
 */
export function socialismInOneCountry(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'socialism-in-one-country',
    title: 'Socialism in one country',
    description:
      'Stalin\'s doctrine of 1924 against Trotsky and the Left Opposition: whether socialism could be completed in the USSR alone, how industry should grow under NEP (Bukharin\'s case in his own words, and the text\'s verdict on it), the about-turn of 1928-29 to forced collectivisation, and what the plans achieved, with the text\'s figures for collectivisation deaths and output set against the scholarly estimates.',
  });
  b.position({
    id: 'stalin-leadership',
    label: 'Stalin\'s leadership, 1924-1936',
    color: COLOURS.vermillion,
    period: '1924-1936',
    from: 1924,
    to: 1936,
    description: 'From the doctrine of December 1924, which Bukharin shared and theorised until their break in 1928, through the turn of 1928-29 to the official claim of the mid-1930s that socialism had been achieved.',
  })
    .position({
      id: 'bukharin-right',
      label: 'Bukharin and the Right, 1925-1929',
      color: COLOURS.purple,
      period: '1925-1929',
      from: 1925,
      to: 1929,
      description: 'Bukharin\'s NEP line of growth at the peasants\' pace, which the party majority followed until 1928, and his case against the turn of 1928-29.',
    })
    .position({ id: 'left-opposition', label: 'Trotsky and the Left Opposition', color: COLOURS.green, period: 'from 1923', from: 1923 })
    .position(AUTHOR)
    .question('one-country', 'Can socialism be completed in a single country, and whom did the doctrine serve?')
    .question('nep', 'Under NEP, how should industry grow, and at whose expense?')
    .question('grain-crisis', 'How should the regime answer the grain crisis and the kulaks, 1927-29?')
    .question('plan-record', 'What did the five-year plans achieve, and at what cost?');

  oneCountry(b);
  nep(b);
  grainCrisis(b);
  planRecord(b);
  b.corpusRelations();
  b.note('n-sioc', {
    title: 'Two theories as poles',
    text: 'Socialism in one country and permanent revolution became the poles of the inner-party struggle of 1924-27. Stalin and Bukharin speak here through their own writings of 1924-28. The text treats the doctrine as the ideology of a bureaucracy; Carr and Cohen read it as a broader response to the ebb of revolution abroad.',
    links: [
      { map: 'permanent-revolution', label: 'Permanent revolution and the two-stage theory' },
      { map: 'what-was-the-ussr', label: 'What was the USSR?' },
      { map: 'overview', label: 'The whole text at a glance' },
    ],
  });

  return b.build({
    rows: [
      { lead: 'n-sioc', claims: ['socialism-in-one-country', 'international-revolution', 'au-bureaucratic-ideology', 'sioc-nationalist-degeneration'] },
      { claims: ['nep-kulak-orientation', 'au-kulak-line', 'left-opposition-planning'] },
      { claims: ['stalin-1929-turn', 'br-against-turn', 'forced-collectivisation-caricature', 'au-zigzag'] },
      { claims: ['st-plan-socialism', 'planned-economy-progressive'] },
    ],
  });
}

function oneCountry(b: MapBuilder): void {
  central.socialismInOneCountry(b, {
    position: 'stalin-leadership',
    answers: 'one-country',
    oppositionPosition: 'left-opposition',
    objectionAnswers: { 'o-not-achieved': ['one-country', 'plan-record'], 'o-socialist-state': 'one-country' },
    moreWorks: ['bukharin1926', 'cohen1973', 'stalin1924a'],
  });

  b.corpusClaim('international-revolution', { title: 'Socialism only as an international revolution', position: 'left-opposition', answers: 'one-country' })
    .passage('international-revolution-p1', 'states', 'international-revolution')
    .passage('international-revolution-p2', 'states', 'international-revolution')
    .passage('international-revolution-p3', 'states', 'international-revolution')
    .objection('o-stalin-base', {
      title: 'Stalin, 1924: the Soviet victory is the base',
      text: 'Denying that socialism can win in one country is artificial; the victory of the Soviet republic is itself the base of the world revolution, and internationalism means supporting it.',
      position: 'stalin-leadership',
      ref: 'stalin1924b',
      answers: 'one-country',
    }, 'international-revolution')
    .line('abandoned-world-revolution', { line: 315, sentence: 0, begins: 'In practice the Moscow bureaucracy' }, 'attacks', 'o-stalin-base')
    .objection('o-bukharin-unripe', {
      title: 'Bukharin: the old argument that Russia was unripe',
      text: 'Making socialism wait on revolution abroad repeats the Social Democrats\' claim that Russia was unripe for socialism; backwardness slows the building of socialism but does not bar it.',
      position: 'bukharin-right',
      ref: 'bukharin1926',
      answers: 'one-country',
    }, 'international-revolution')
    .line('no-fatalism', { line: 214, sentence: 2, begins: 'But there was not a grain' }, 'attacks', 'o-bukharin-unripe')
    .line('plan-with-all-speed', { line: 216, sentence: 2, begins: 'The development of the economy' }, 'attacks', 'o-bukharin-unripe')
    .assess('trotsky1906', 'international-revolution')
    .assess('stalin1924b', 'international-revolution')
    .assess('bukharin1926', 'international-revolution');

  b.claim('au-bureaucratic-ideology', {
    title: 'The doctrine was the bureaucracy\'s ideology',
    text: 'The doctrine expressed a bureaucratic caste carrying through a political counter-revolution; resting on the nation-state, it proclaimed building socialism and supporting the bureaucracy to be one and the same.',
    position: 'author',
    answers: 'one-country',
  })
    .line('bureaucratic-caste', { line: 290, sentence: 2, begins: 'In reality, it reflected' }, 'states', 'au-bureaucratic-ideology')
    .passage('socialism-in-one-country-p4', 'states', 'au-bureaucratic-ideology')
    .passage('sioc-nationalist-degeneration-p1', 'states', 'au-bureaucratic-ideology')
    .link('au-bureaucratic-ideology', 'attacks', 'socialism-in-one-country', 'The text explains the doctrine by the interests of the bureaucracy that proclaimed it, not by its merits as a road to socialism.')
    .objection('o-carr-appeal', {
      title: 'Carr: more than a bureaucratic invention',
      text: 'The doctrine blended Bolshevik ideology with a revived national tradition and answered the ebb of revolution abroad; it appealed widely in the party and was not merely invented by a bureaucracy.',
      ref: 'carr1958',
    }, 'au-bureaucratic-ideology');

  b.corpusClaim('sioc-nationalist-degeneration', { title: 'Parties that accept it turn national-reformist', position: 'left-opposition', answers: 'one-country' })
    .passage('sioc-nationalist-degeneration-p2', 'states', 'sioc-nationalist-degeneration')
    .passage('sioc-nationalist-degeneration-p3', 'supports', 'sioc-nationalist-degeneration');
}

function nep(b: MapBuilder): void {
  // Bukharin's line in his own terms; the text's account of it ("Enrich yourselves!" as a call to the kulaks) is the author's claim below.
  b.corpusClaim('nep-kulak-orientation', {
    title: 'Bukharin: grow into socialism at the peasants\' pace',
    text: NEP_LINE,
    position: 'bukharin-right',
    answers: 'nep',
  })
    .assess('bukharin1926', 'nep-kulak-orientation')
    .assess('cohen1973', 'nep-kulak-orientation')
    .assess('carr1958', 'nep-kulak-orientation')
    .assess('allen2003', 'nep-kulak-orientation');

  b.claim('au-kulak-line', {
    title: 'The text: the bureaucracy leaned on the kulaks',
    text: 'Unable to mobilise the masses, the bureaucracy rejected the Opposition\'s plan, made "Socialism at a snail\'s pace" its motto and leaned on the rich peasants: Bukharin\'s "Enrich yourselves!" turned Lenin\'s short-term expedient into a long-term strategy that squeezed the poor peasants to pay for industry.',
    position: 'author',
    answers: 'nep',
  })
    .passage('nep-kulak-orientation-p1', 'states', 'au-kulak-line')
    .line('gramophone', { line: 323, sentence: [2, 3], begins: 'Stalin coined the stupid joke' }, 'states', 'au-kulak-line')
    .passage('nep-kulak-orientation-p2', 'states', 'au-kulak-line')
    .passage('nep-kulak-orientation-p3', 'states', 'au-kulak-line')
    .link('au-kulak-line', 'attacks', 'nep-kulak-orientation', 'The text reads the NEP line as the bureaucracy\'s reliance on the kulaks, not as a road to socialism.')
    .assess('cohen1973', 'au-kulak-line', { asText: 'nep-kulak-orientation' })
    .assess('carr1958', 'au-kulak-line', { asText: 'nep-kulak-orientation' })
    .assess('allen2003', 'au-kulak-line', { asText: 'nep-kulak-orientation' });

  b.corpusClaim('left-opposition-planning', { title: 'Plan industry to win the peasants to collective farms', position: 'left-opposition', answers: 'nep' })
    .passage('left-opposition-planning-p1', 'states', 'left-opposition-planning')
    .assess('nove1969', 'left-opposition-planning')
    .assess('cohen1973', 'left-opposition-planning')
    .assess('knei-paz1978', 'left-opposition-planning');
}

function grainCrisis(b: MapBuilder): void {
  b.corpusClaim('stalin-1929-turn', { title: 'Forced collectivisation and "liquidation of the kulaks"', position: 'stalin-leadership', answers: 'grain-crisis' })
    .passage('stalin-1929-turn-p2', 'states', 'stalin-1929-turn')
    .assess('lewin1968', 'stalin-1929-turn')
    .assess('fitzpatrick1982', 'stalin-1929-turn')
    .assess('cohen1973', 'stalin-1929-turn')
    .assess('conquest1986', 'stalin-1929-turn');

  // Bukharin's last open case against the turn, in his own words of September 1928.
  b.claim('br-against-turn', {
    title: 'Bukharin, 1928: balanced growth, not over-taut plans',
    text: 'Industry should grow in balance with agriculture and the market: investment plans drawn too taut, at the peasants\' expense, would upset the economy and the alliance with the peasantry.',
    position: 'bukharin-right',
    answers: ['grain-crisis', 'nep'],
  })
    .assess('bukharin1928', 'br-against-turn', { stance: 'supports', note: must(b.corpus.work('bukharin1928').note, 'bukharin1928 has no note') })
    .contrast('br-against-turn', 'stalin-1929-turn', 'Bukharin\'s balanced growth against the breakneck industrialisation and forced collectivisation he opposed as exploitation of the peasantry.');

  const deaths = 'xc-collectivisation-deaths';
  b.corpusClaim('forced-collectivisation-caricature', {
    title: 'A caricature of the plan, at a terrible human cost',
    text: FORCED_COLLECTIVISATION,
    position: 'author',
    answers: 'grain-crisis',
  })
    .passage('left-opposition-planning-p2', 'states', 'forced-collectivisation-caricature')
    .passage('forced-collectivisation-caricature-p1', 'states', 'forced-collectivisation-caricature')
    .line('parasite', { line: 336, sentence: 1, begins: 'The state, withdrawn' }, 'supports', 'forced-collectivisation-caricature');
  deathsCheck(b)
    .objection('o-ellman-victims', {
      title: 'Ellman: about 8.5 million with repression',
      text: `Ellman's estimate: ${b.corpus.figure(deaths, (f) => ref(f) === undefined).figure}; building on Davies and Wheatcroft's data, he argues for a larger share of deliberate policy (they replied in Europe-Asia Studies 58(4), 2006).`,
      ref: 'ellman2005',
    }, 'forced-collectivisation-caricature')
    .assess('conquest1986', 'forced-collectivisation-caricature')
    .assess('davies-wheatcroft2004', 'forced-collectivisation-caricature')
    .assess('lewin1968', 'forced-collectivisation-caricature');

  b.claim('au-zigzag', {
    title: 'A bonapartist zig-zag',
    text: 'Having no firm social roots of its own, the bureaucracy balanced between classes, leaning first on the kulaks and then on the workers, and swung from one policy to its opposite to protect its power.',
    position: 'author',
    answers: 'grain-crisis',
  })
    .line('zigzag', { line: 317, sentence: 1, begins: 'The bureaucracy has thus had' }, 'states', 'au-zigzag')
    .line('leaned-on-kulaks', { line: 319, sentence: 0, begins: 'The Russian bureaucracy, as it lifted' }, 'states', 'au-zigzag')
    .sentences('kulaks-ransom', 'stalin-1929-turn-p1', 0, 'supports', 'au-zigzag')
    .link('au-zigzag', 'supports', 'forced-collectivisation-caricature', 'The swing from leaning on the kulaks to their liquidation explains, for the text, why the plan was carried out as a caricature.')
    .contrast('au-zigzag', 'stalin-1929-turn', 'The leadership presented the turn as the answer to a grain crisis and kulak resistance; the text explains it as the bureaucracy\'s swing from one prop to another to protect its power.')
    .assess('lewin1968', 'au-zigzag', { asText: 'stalin-1929-turn' })
    .assess('fitzpatrick1982', 'au-zigzag', { asText: 'stalin-1929-turn' });
}

/** The corpus's check of the text's 20 million: the scholarly estimates as objections, and its assessment as a note. */
export function deathsCheck(b: MapBuilder): MapBuilder {
  const deaths = 'xc-collectivisation-deaths';
  return b
    .reference(ellman2005(b.corpus))
    .objection('o-conquest-deaths', {
      title: 'Conquest: about 14.5 million, not 20',
      text: `Conquest's estimate: ${b.corpus.figure(deaths, (f) => ref(f) === 'conquest1986').figure}. Even this high, pre-archival total is well below the text's 20 million.`,
      ref: 'conquest1986',
    }, 'forced-collectivisation-caricature')
    .objection('o-davies-wheatcroft-famine', {
      title: 'Davies and Wheatcroft: about 5.5-6.5 million famine deaths',
      text: `Archival estimate: ${b.corpus.figure(deaths, (f) => ref(f) === 'davies-wheatcroft2004').figure}, explained by procurement pressure combined with harvest failure rather than intent.`,
      ref: 'davies-wheatcroft2004',
      pages: '401',
    }, 'forced-collectivisation-caricature')
    .note('n-deaths', { title: 'Cross-check: collectivisation deaths', text: b.corpus.crossCheck(deaths).assessment, about: ['forced-collectivisation-caricature'] });
}

function planRecord(b: MapBuilder): void {
  const output = 'xc-output-1928-1938';
  b.claim('st-plan-socialism', {
    title: 'The plans were building socialism',
    text: 'The five-year plans and collectivisation were building socialism in the USSR, as the leadership officially claimed by the mid-1930s to have achieved.',
    position: 'stalin-leadership',
    answers: 'plan-record',
  })
    .line('usurper-socialism', { line: 336, sentence: 0, begins: 'This was the ‘socialism’' }, 'attacks', 'st-plan-socialism')
    .assess('trotsky1937', 'st-plan-socialism', { stance: 'challenges', note: 'Trotsky attacks the official claim that socialism had been achieved, stressing low productivity and a privileged bureaucracy.' });

  b.corpusClaim('planned-economy-progressive', { title: 'The planned economy remained progressive', position: 'author', answers: 'plan-record' })
    .passage('planned-economy-progressive-p1', 'states', 'planned-economy-progressive')
    .passage('planned-economy-progressive-p2', 'supports', 'planned-economy-progressive')
    .passage('planned-economy-progressive-p3', 'supports', 'planned-economy-progressive')
    .crossCheckPassage('consumer-goods', output, 1, 'supports', 'planned-economy-progressive')
    .passage('planned-economy-progressive-p4', 'states', 'planned-economy-progressive')
    .contrast('planned-economy-progressive', 'st-plan-socialism', 'Progressive but not socialism: the text credits the plans\' growth and denies the leadership\'s claim that socialism had been built.')
    .objection('o-nove-indices', {
      title: 'Nove: official indices overstate growth',
      text: 'Official aggregate growth indices overstate Soviet growth; Western recalculations give markedly slower, though still rapid, industrial growth, with consumption squeezed and much waste.',
      ref: 'nove1969',
    }, 'planned-economy-progressive')
    .objection('o-cliff-textiles', {
      title: 'Cliff: consumer goods stagnated',
      text: `The official series Cliff tabulates show ${b.corpus.figure(output, (f) => ref(f) === 'cliff1974').figure}: stagnation, not a steep rise, in basic textiles.`,
      ref: 'cliff1974',
    }, 'planned-economy-progressive')
    .note('n-output', { ...outputNote(), about: ['planned-economy-progressive'] })
    .assess('trotsky1937', 'planned-economy-progressive')
    .assess('allen2003', 'planned-economy-progressive')
    .assess('nove1969', 'planned-economy-progressive')
    .assess('cliff1974', 'planned-economy-progressive')
    .assess('conquest1986', 'planned-economy-progressive');
}

function ref(f: { source: { ref: string } | { citation: unknown } }): string | undefined {
  return 'ref' in f.source ? f.source.ref : undefined;
}

/** Ellman's article, the one cross-check citation whose every fact (title, author, year, journal) claims.json gives. */
function ellman2005(corpus: CorpusIndex): Reference {
  const figure = corpus.figure('xc-collectivisation-deaths', (f) => 'citation' in f.source && typeof f.source.citation === 'object');
  const citation = (figure.source as { citation: object }).citation;
  // Parsed, not cast: the corpus citation must be a valid CSL item once it has an id.
  return ReferenceSchema.parse({ id: 'ellman2005', ...citation });
}

/** Our summary of the corpus's check of the output figures (its own wording speaks of the checkers' tools). */
export function outputNote(): { title: string; text: string } {
  return {
    title: 'Cross-check: output 1928-38',
    text: 'The text\'s physical series match official Soviet statistics: its 1928 steel figure (4.3 million tons) is the official one, and its 1938 figure (18.1) lies between the official 17.7 for 1937 and 18.3 for 1940. Scholars accept the broad scale of heavy-industry growth but warn that official indices exaggerate it (Nove). The claim that basic consumer goods "rose steeply" is not borne out by the official textile series (Cliff), the "three times the cost" is unsourced, and the machine-tool and vehicle figures have not been checked against a scholarly table.',
  };
}
