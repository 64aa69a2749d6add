import type { ArgumentMap } from '../../../src/domain/schema/map';
import type { NoteLink } from '../../../src/domain/schema/note';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';
import { membershipNote } from './china';
import { DEMOCRATIC_DICTATORSHIP, FORCED_COLLECTIVISATION, LENIN_APRIL_TURN, NEP_LINE, SUPPORT_PROVISIONAL_GOVERNMENT } from './ownTerms';
import { noDefeat } from './popularFront';
import { deathsCheck, outputNote } from './socialismInOneCountry';

type Placed = readonly [id: string, position: string, answers: string, title: string, text?: string];

interface Section {
  readonly note: string;
  readonly title: string;
  readonly summary: string;
  readonly links: readonly NoteLink[];
  /** Claims in reading order; the central ones are added by their kits, the rest from the corpus. */
  readonly claims: readonly (Placed | 'stages-theory' | 'permanent-revolution' | 'socialism-in-one-country' | 'popular-front')[];
}

/**
 * The whole text at a glance: every claim of the corpus, grouped by the text's sections
 * into rows, the four central claims with their evidence, the text's own argument as the
 * corpus relations, and a note per section pointing to the focused maps. Rivals are stated
 * in their own terms, each claim meets the work that most challenges or complicates it (see
 * READINGS), and the corpus's four checks of the text's figures sit beside the claims they test.
 */
export function overview(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'overview',
    title: 'The Russian Revolution and the Rise of Stalinism: the argument at a glance',
    description:
      'Every claim of the text, section by section from Marx and Engels in 1850 to the Second World War and after: who holds it, how the text\'s own argument links them, and the four central claims (permanent revolution, the two-stage theory, socialism in one country, the popular front) with their passages, objections and historians. Notes on each section lead to the focused maps.',
  });
  b.position({ id: 'marx-engels', label: 'Marx and Engels', color: COLOURS.skyBlue, period: '1847-1876', from: 1847, to: 1876, description: 'From the Communist League to the dissolution of the First International.' })
    .position({ id: 'reformists', label: 'Bernstein and the reformists', color: COLOURS.black, period: '1899-1914', from: 1899, to: 1914, description: 'The reformist leadership of the Second International.' })
    .position({ id: 'mensheviks', label: 'Mensheviks', color: COLOURS.orange, period: '1903-1917', from: 1903, to: 1917 })
    .position({ id: 'bolsheviks', label: 'Lenin and the Bolsheviks', color: COLOURS.purple, period: 'from 1903', from: 1903 })
    .position({ id: 'trotsky', label: 'Trotsky and the Left Opposition', color: COLOURS.green, period: '1904-1940', from: 1904, to: 1940 })
    // One position for the Stalin years, as the palette allows seven: its description names who held what when.
    .position({
      id: 'stalin-comintern',
      label: 'Stalin\'s leadership and the Communist parties',
      color: COLOURS.vermillion,
      period: '1924-1947',
      from: 1924,
      to: 1947,
      description: 'Stalin, with Bukharin as co-leader and theorist of the NEP line until their break in 1928; the Comintern until its dissolution in May 1943; and the Communist party leaders, Thälmann in 1932, Thorez and Browder in 1944-47.',
    })
    .position(AUTHOR)
    .question('independence', 'Must the workers keep their own party and programme, or ally with bourgeois and petty-bourgeois parties?')
    .question('reform', 'Can socialism come gradually, through reforms and class compromise?')
    .question('who-leads', 'Who can lead the democratic revolution in a backward country, and how far can it go?')
    .question('one-country', 'Could socialism be built in the USSR alone, and what did the attempt produce?')
    .question('fascism', 'How should the workers fight fascism?');

  for (const section of SECTIONS) {
    for (const c of section.claims) {
      if (typeof c === 'string') addCentral(b, c);
      else b.corpusClaim(c[0], { title: c[3], position: c[1], answers: c[2], ...(c[4] ? { text: c[4] } : {}) });
    }
    b.note(section.note, { title: section.title, text: section.summary, links: [...section.links] });
  }
  b.contrast('stages-theory', 'permanent-revolution', central.STAGES_AGAINST_PERMANENT).contrast(
    'workers-independence-1850',
    'popular-front',
    'Marx and Engels\' independent workers\' party against the popular front\'s alliance with liberal capitalist parties on their programme.',
  );
  b.corpusRelations();
  for (const [ref, claimId, reading] of READINGS) b.assess(ref, claimId, reading);
  // The corpus has no work that disputes the text on Germany 1933; the Comintern's own denial does.
  noDefeat(b, 'stalin-comintern', 'fascism');
  crossChecks(b);

  return b.build({
    maxRowWidth: 6200,
    rows: SECTIONS.map((s) => ({ lead: s.note, claims: s.claims.map((c) => (typeof c === 'string' ? c : c[0])) })),
  });
}

function addCentral(b: MapBuilder, id: string): void {
  if (id === 'stages-theory') {
    central.stagesTheory(b, { position: 'mensheviks', answers: 'who-leads', leninPosition: 'bolsheviks', brief: true, objectionAnswers: { 'o-lenin-liberals': 'who-leads' }, moreWorks: ['martynov1905'] });
  } else if (id === 'permanent-revolution') {
    central.permanentRevolution(b, {
      position: 'trotsky',
      answers: 'who-leads',
      stalinPosition: 'stalin-comintern',
      brief: true,
      // Stalin's case against the theory bears on the peasants' place in the revolution and on building socialism at home.
      objectionAnswers: { 'o-stalin-peasantry': ['who-leads', 'one-country'] },
    });
  } else if (id === 'socialism-in-one-country') {
    central.socialismInOneCountry(b, { position: 'stalin-comintern', answers: 'one-country', oppositionPosition: 'trotsky', brief: true, objectionAnswers: { 'o-not-achieved': 'one-country' } });
  } else central.popularFront(b, { position: 'stalin-comintern', answers: ['fascism', 'independence'], brief: true, objectionAnswers: { 'o-marx-1850': 'independence' } });
}

/**
 * The work that most challenges or complicates each claim, so that the overview is a map of
 * the debate and not only of the text, and the rivals' own works beside their claims. A
 * reading without `as`/`asText`/`stance` is the corpus's own reading of that claim.
 */
type OverviewReading = readonly [ref: string, claimId: string, reading?: Parameters<MapBuilder['assess']>[2]];
const READINGS: readonly OverviewReading[] = [
  ['bernstein1909', 'gradualist-reformism'],
  ['bernstein1909', 'reformism-critique'],
  ['eley2002', 'reformism-critique'],
  ['claudin1975', 'marxist-cadre-leadership'],
  ['plekhanov1885', 'uneven-combined-development'],
  ['ascher1988', 'bourgeoisie-cannot-lead'],
  ['lenin1905', 'democratic-dictatorship'],
  ['trotsky1930', 'democratic-dictatorship'],
  ['stalin1924a', 'trotsky-proletarian-dictatorship', { as: 'permanent-revolution' }],
  ['galili1989', 'support-provisional-government'],
  ['lenin1917', 'lenin-april-turn'],
  ['lih-russian-history', 'lenin-april-turn'],
  ['pipes1990', 'october-not-two-stage'],
  ['stalin1924b', 'international-revolution'],
  ['martov1923', 'isolation-bureaucratic-degeneration'],
  ['bukharin1926', 'nep-kulak-orientation'],
  ['allen2003', 'nep-kulak-orientation'],
  ['nove1969', 'left-opposition-planning'],
  ['lewin1968', 'stalin-1929-turn'],
  ['cliff1974', 'planned-economy-progressive'],
  ['cliff1974', 'degenerated-workers-state'],
  ['shachtman1962', 'proletarian-bonapartism'],
  ['mcdermott-agnew1996', 'comintern-degeneration'],
  ['vandeven1991', 'kmt-bloc'],
  ['pantsov2000', 'china-1927-lesson', { asText: 'kmt-bloc' }],
  ['carr1982', 'third-period-social-fascism'],
  ['trotsky1971', 'thaelmann-1932'],
  ['dimitrov1935', 'workers-united-front', {
    stance: 'challenges',
    note: 'Dimitrov\'s report answers fascism with a wider alliance than the workers\' parties alone: a broad anti-fascist front that takes in non-proletarian parties, the Comintern\'s own case of 1935.',
  }],
  ['jackson1988', 'popular-front-critique', { asText: 'popular-front' }],
  ['graham2002', 'spain-1936'],
  ['jackson1988', 'france-1936'],
  ['lowy1981', 'deformed-workers-states'],
  ['eley2002', 'postwar-west-betrayal'],
  ['claudin1975', 'national-unity-coalitions'],
];

/** The corpus's checks of the text's figures, beside the claims they test, as on the focused maps. */
function crossChecks(b: MapBuilder): void {
  deathsCheck(b);
  b.note('n-output', { ...outputNote(), about: ['planned-economy-progressive'] });
  const [membership] = b.corpus.crossCheck('xc-china-1927').scholarlyFigures;
  b.note('n-membership', membershipNote(membership!.figure, ['china-1927-lesson']));
  b.passage('postwar-west-betrayal-p3', 'states', 'postwar-west-betrayal').note('n-greek-civil-war', {
    title: 'Cross-check: Greek Civil War deaths',
    // The corpus's only total for the dead is a tertiary summary it does not vouch for, so the
    // note gives none: it says what the text's figure rests on and what the war's dates are.
    text: `The text gives no source for "Over a million" Greek dead, and no work in this map's bibliography supports a figure of that order; the corpus's check finds that it seems to take the number of people the war displaced for the number it killed. The war is usually dated 1946-1949, as in Christodoulakis's quantitative study of its battle casualties (An Economic Analysis of Conflicts: With an Application to the Greek Civil War 1946-1949, Springer, 2016), not 1946-8 as the text has it.`,
    about: ['postwar-west-betrayal', 'postwar-west-betrayal-p3'],
  });
}

const SECTIONS: readonly Section[] = [
  {
    note: 'n-1850',
    title: '1850 and the First International',
    summary: 'Marx and Engels\' Address of 1850: the workers keep their own organisation and programme, join the democrats only against a common enemy, and make the revolution "permanent". The text returns to this yardstick against every later alliance.',
    links: [{ map: 'popular-front', label: 'The popular front, measured against 1850' }, { map: 'permanent-revolution' }],
    claims: [['workers-independence-1850', 'marx-engels', 'independence', 'Marx and Engels, 1850: an independent workers\' party']],
  },
  {
    note: 'n-second-international',
    title: 'Reformism and the Second International',
    summary: 'Imperialist prosperity bred a labour aristocracy and a bureaucracy; their reformism, theorised by Bernstein, ended in support for the war in 1914. The text\'s answer is a cadre steeled in Marxism.',
    links: [{ map: 'popular-front', label: 'Reformists and Communists in the popular fronts' }],
    claims: [
      ['gradualist-reformism', 'reformists', 'reform', 'Bernstein: a gradual, peaceful road to socialism'],
      ['reformism-critique', 'author', 'reform', 'Reformism rests on a labour aristocracy, and failed in 1914'],
      ['marxist-cadre-leadership', 'author', 'reform', 'Only a steeled Marxist cadre can lead'],
    ],
  },
  {
    note: 'n-1905-1917',
    title: '1905-1917',
    summary: 'Who could lead the Russian revolution? The Mensheviks\' two stages, Lenin\'s "democratic dictatorship", Trotsky\'s permanent revolution, and Lenin\'s turn of April 1917, which the text (not Lenin) reads as reaching Trotsky\'s conclusion.',
    links: [{ map: 'permanent-revolution', label: 'Permanent revolution and the two-stage theory' }, { map: 'getting-started', label: 'A small map to start with' }],
    claims: [
      ['uneven-combined-development', 'trotsky', 'who-leads', 'Uneven and combined development'],
      ['bourgeoisie-cannot-lead', 'author', 'who-leads', 'The bourgeoisie cannot lead the democratic revolution'],
      'stages-theory',
      ['democratic-dictatorship', 'bolsheviks', 'who-leads', 'Lenin, 1905: "democratic dictatorship of the proletariat and the peasantry"', DEMOCRATIC_DICTATORSHIP],
      ['trotsky-proletarian-dictatorship', 'trotsky', 'who-leads', 'Trotsky, 1904-06: the proletariat takes power'],
      'permanent-revolution',
      ['support-provisional-government', 'mensheviks', 'who-leads', 'Back the Provisional Government (1917)', SUPPORT_PROVISIONAL_GOVERNMENT],
      ['lenin-april-turn', 'bolsheviks', 'who-leads', 'Lenin\'s April turn (1917)', LENIN_APRIL_TURN],
      ['october-not-two-stage', 'author', 'who-leads', 'October was not a two-stage revolution'],
      ['international-revolution', 'bolsheviks', 'one-country', 'Socialism only as an international revolution'],
    ],
  },
  {
    note: 'n-ussr',
    title: 'The degeneration of the USSR',
    summary: 'Isolated in a backward country, the workers\' state fell to a bureaucracy whose doctrine was socialism in one country; it zig-zagged from Bukharin\'s NEP line to forced collectivisation, yet, the text holds, kept a planned economy that remained progressive. The text\'s figures for the deaths and the output are checked beside the claims.',
    links: [{ map: 'socialism-in-one-country', label: 'Socialism in one country' }, { map: 'what-was-the-ussr', label: 'What was the USSR?' }],
    claims: [
      ['isolation-bureaucratic-degeneration', 'author', 'one-country', 'Isolation and backwardness bred the bureaucracy'],
      'socialism-in-one-country',
      ['sioc-nationalist-degeneration', 'trotsky', 'one-country', 'Socialism in one country turns parties national-reformist'],
      ['nep-kulak-orientation', 'stalin-comintern', 'one-country', 'Bukharin\'s NEP line, 1925-27: growth at the peasants\' pace', NEP_LINE],
      ['left-opposition-planning', 'trotsky', 'one-country', 'Plan industry to win the peasants (1923)'],
      ['stalin-1929-turn', 'stalin-comintern', 'one-country', 'Forced collectivisation, 1929'],
      ['forced-collectivisation-caricature', 'author', 'one-country', 'A caricature of the plan, at a terrible human cost', FORCED_COLLECTIVISATION],
      ['planned-economy-progressive', 'author', 'one-country', 'The planned economy remained progressive'],
      ['degenerated-workers-state', 'trotsky', 'one-country', 'A degenerated workers\' state'],
      ['proletarian-bonapartism', 'trotsky', 'one-country', 'Proletarian bonapartism'],
    ],
  },
  {
    note: 'n-comintern',
    title: 'The Comintern\'s zigzags',
    summary: 'As the Comintern came to serve the Soviet bureaucracy, it swung from uncritical blocs with reformist and bourgeois leaders (Britain 1926, China 1927) to the ultra-left Third Period, which let Hitler take power unopposed in 1933.',
    links: [{ map: 'china-1925-27', label: 'China 1925-27: the Communists inside the Kuomintang' }, { map: 'popular-front', label: 'Social-fascism and the united front' }],
    claims: [
      ['comintern-degeneration', 'author', 'one-country', 'The Comintern became a tool of the Soviet bureaucracy'],
      ['britain-1926', 'author', 'independence', 'Britain 1926: the bloc with the TUC leaders'],
      ['kmt-bloc', 'stalin-comintern', 'independence', 'China 1925-27: the Communists inside the Kuomintang'],
      ['china-1927-lesson', 'trotsky', 'who-leads', 'China 1927 confirms permanent revolution'],
      ['third-period-social-fascism', 'stalin-comintern', 'fascism', 'Third Period: Social Democrats as "social-fascists"'],
      ['thaelmann-1932', 'stalin-comintern', 'fascism', 'Thälmann, 1932: a bloc with the SPD is counter-revolutionary'],
      ['workers-united-front', 'trotsky', 'fascism', 'A workers\' united front against fascism'],
      ['germany-1933-defeat', 'author', 'fascism', 'Germany 1933: Hitler won without a fight'],
    ],
  },
  {
    note: 'n-popular-fronts',
    title: 'Popular fronts',
    summary: 'From 1935 the Comintern sought alliances with "progressive" capitalist parties; the text blames the popular fronts for the defeats in Spain and France in 1936, and sees the Hitler-Stalin pact of 1939 as the bureaucracy\'s 1914.',
    links: [{ map: 'popular-front', label: 'The popular front and the united front' }],
    claims: [
      'popular-front',
      ['popular-front-critique', 'author', 'fascism', 'Popular fronts disarm the workers'],
      ['spain-1936', 'author', 'fascism', 'Spain 1936-37: the revolution strangled'],
      ['france-1936', 'author', 'fascism', 'France 1936: the strike wave halted'],
      ['hitler-stalin-pact', 'author', 'one-country', 'The Hitler-Stalin pact, the bureaucracy\'s "1914"'],
    ],
  },
  {
    note: 'n-after-1945',
    title: 'The Second World War and after',
    summary: 'The Red Army\'s victory produced workers\' states deformed from birth in Eastern Europe, while in Greece, Italy and France the Communist parties, following Stalin\'s deals with the Allies, handed power back to capital.',
    links: [{ map: 'what-was-the-ussr', label: 'What were the post-war states?' }, { map: 'popular-front', label: 'Class collaboration before the war' }],
    claims: [
      ['deformed-workers-states', 'author', 'one-country', 'Eastern Europe: workers\' states deformed from birth'],
      ['postwar-west-betrayal', 'author', 'independence', 'Greece, Italy, France: capitalism saved, 1944-47'],
      ['national-unity-coalitions', 'stalin-comintern', 'independence', 'Post-war "national unity" coalitions'],
      ['browderism', 'stalin-comintern', 'independence', 'Browder, 1944: capitalism and communism march together'],
    ],
  },
];
