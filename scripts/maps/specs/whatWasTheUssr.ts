import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';

/**
 * What was the USSR? A historiographic debate the text takes one side of: Trotsky's
 * degenerated workers' state and proletarian bonapartism, against Cliff's state capitalism,
 * Shachtman's bureaucratic collectivism, Martov's critique of Bolshevism itself and the
 * historians who see continuity from Lenin to Stalin. The text names none of the rivals, so
 * their claims rest on their own works, not on passages.
 */
export function whatWasTheUssr(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'what-was-the-ussr',
    title: 'What was the USSR?',
    description:
      'A debate the text takes one side of: the USSR as a degenerated workers\' state ruled by a bonapartist bureaucracy (Trotsky, and the text), against state capitalism (Cliff), bureaucratic collectivism (Shachtman), Martov\'s critique of Bolshevism from the start, and historians who see more continuity than rupture between Lenin\'s state and Stalin\'s.',
  });
  b.position({ id: 'trotsky', label: 'Trotsky and the Left Opposition', color: COLOURS.green, period: '1923-1940', from: 1923, to: 1940, description: 'Above all The Revolution Betrayed (1936).' })
    .position(AUTHOR)
    .position({ id: 'cliff', label: 'Tony Cliff: state capitalism', color: COLOURS.orange, period: 'from 1948', from: 1948, description: 'State Capitalism in Russia, first drafted as an internal document in 1948.' })
    .position({ id: 'shachtman', label: 'Max Shachtman: bureaucratic collectivism', color: COLOURS.purple, period: '1940s-1950s', from: 1940, description: 'Essays in The New International, collected as The Bureaucratic Revolution (1962).' })
    .position({ id: 'martov', label: 'Martov, Menshevik internationalist', color: COLOURS.skyBlue, period: '1919-1923', from: 1919, to: 1923, description: 'The essays of 1919 published as World Bolshevism (Berlin, 1923).' })
    .question('class-nature', 'What kind of society was the USSR under Stalin?')
    .question('bureaucracy', 'Was the bureaucracy a ruling class, or a caste balancing on workers\' property?')
    .question('origins', 'Where did the degeneration come from?')
    .question('postwar', 'What were the states set up in Eastern Europe after 1945?');

  classNature(b);
  bureaucracy(b);
  origins(b);
  postwar(b);
  b.corpusRelations();
  b.note('n-ussr', {
    title: 'One side of a long debate',
    text: 'The text argues Trotsky\'s case without naming its rivals. Cliff, Shachtman and Martov answer the same questions from within the socialist tradition; Pipes, Figes and Service from outside it. Their claims here rest on their own works.',
    links: [
      { map: 'socialism-in-one-country', label: 'Socialism in one country and the plans' },
      { map: 'overview', label: 'The whole text at a glance' },
    ],
  });

  return b.build({
    rows: [
      { lead: 'n-ussr', claims: ['degenerated-workers-state', 'cliff-state-capitalism', 'shachtman-bureaucratic-collectivism'] },
      { claims: ['proletarian-bonapartism', 'planned-economy-progressive'] },
      { claims: ['isolation-bureaucratic-degeneration', 'martov-bolshevism'] },
      { claims: ['deformed-workers-states'] },
    ],
  });
}

function classNature(b: MapBuilder): void {
  b.corpusClaim('degenerated-workers-state', { title: 'A degenerated workers\' state', position: 'trotsky', answers: 'class-nature', central: true })
    .passage('degenerated-workers-state-p1', 'states', 'degenerated-workers-state')
    .passage('degenerated-workers-state-p2', 'states', 'degenerated-workers-state')
    .passage('degenerated-workers-state-p3', 'states', 'degenerated-workers-state')
    .passage('degenerated-workers-state-p4', 'supports', 'degenerated-workers-state')
    .objection('o-service-continuity', {
      title: 'Service: more continuity than rupture',
      text: 'There was more continuity than rupture between the early Soviet state and Stalinism, and Trotsky was a co-architect of the one-party, terror-based state.',
      ref: 'service2009',
    }, 'degenerated-workers-state')
    .lineAgainstLater(
      'bolsheviks-slaughtered',
      { line: 354, sentence: 0, begins: 'Consistent Bolsheviks were' },
      'o-service-continuity',
      'For the text the Bolsheviks were the regime\'s victims, slaughtered in their thousands: a rupture, where Service sees continuity.',
    )
    .objection('o-fitzpatrick-promotion', {
      title: 'Fitzpatrick: workers rose into the new elite',
      text: 'The regime promoted workers into the new elite, which questions the picture of a bureaucracy standing simply against the working class.',
      ref: 'fitzpatrick1982',
    }, 'degenerated-workers-state')
    .lineAgainstLater(
      'opposed-to-democracy',
      { line: 288, sentence: 0, begins: 'The bureaucracy was—and remains' },
      'o-fitzpatrick-promotion',
      'The text has the bureaucracy opposed by its nature to any independent movement of the workers, where Fitzpatrick finds workers promoted into it.',
    )
    .objection('o-getzler-martov', {
      title: 'Getzler: Martov\'s critique came early',
      text: 'Martov\'s early socialist critique of Bolshevik dictatorship and terror places the problem before any later degeneration.',
      position: 'martov',
      ref: 'getzler1967',
      answers: 'origins',
    }, 'degenerated-workers-state')
    .assess('trotsky1937', 'degenerated-workers-state')
    .assess('lenin1918', 'degenerated-workers-state')
    .assess('cliff1974', 'degenerated-workers-state')
    .assess('shachtman1962', 'degenerated-workers-state')
    .assess('fitzpatrick1982', 'degenerated-workers-state');

  b.claim('cliff-state-capitalism', {
    title: 'Bureaucratic state capitalism',
    text: 'From the first five-year plan the bureaucracy acted as a ruling class, subordinating consumption to accumulation: the USSR was bureaucratic state capitalism, not a workers\' state.',
    position: 'cliff',
    answers: ['class-nature', 'bureaucracy'],
  })
    .assess('cliff1974', 'cliff-state-capitalism', { stance: 'supports', note: b.corpusNote('cliff1974', 'degenerated-workers-state') })
    .link('cliff-state-capitalism', 'attacks', 'degenerated-workers-state', 'Cliff denies the premise of Trotsky\'s analysis: if the bureaucracy accumulated capital as a ruling class, state property did not make the USSR a workers\' state, degenerated or not.');

  b.claim('shachtman-bureaucratic-collectivism', {
    title: 'Bureaucratic collectivism',
    text: 'Stalinist society was bureaucratic collectivism: a new exploitative class order, neither a workers\' state nor capitalism.',
    position: 'shachtman',
    answers: ['class-nature', 'bureaucracy'],
  })
    .assess('shachtman1962', 'shachtman-bureaucratic-collectivism', { stance: 'supports', note: b.corpusNote('shachtman1962', 'degenerated-workers-state') })
    .link('shachtman-bureaucratic-collectivism', 'attacks', 'degenerated-workers-state', 'Shachtman also denies that nationalised property made the USSR a workers\' state: its bureaucracy was a new exploiting class.')
    .contrast('shachtman-bureaucratic-collectivism', 'cliff-state-capitalism', 'Both deny that the USSR was a workers\' state, but Cliff calls the system capitalist and Shachtman a new class society, neither capitalist nor socialist.');
}

function bureaucracy(b: MapBuilder): void {
  b.corpusClaim('proletarian-bonapartism', { title: 'Proletarian bonapartism', position: 'trotsky', answers: 'bureaucracy' })
    .passage('proletarian-bonapartism-p1', 'states', 'proletarian-bonapartism')
    .passage('proletarian-bonapartism-p2', 'states', 'proletarian-bonapartism')
    .passage('proletarian-bonapartism-p3', 'states', 'proletarian-bonapartism')
    .passage('proletarian-bonapartism-p4', 'states', 'proletarian-bonapartism')
    .contrast('proletarian-bonapartism', 'cliff-state-capitalism', 'For Trotsky the bureaucracy is a caste balancing on workers\' property; for Cliff it is a ruling class accumulating capital.')
    .contrast('proletarian-bonapartism', 'shachtman-bureaucratic-collectivism', 'For Trotsky the bureaucracy is a caste balancing on workers\' property; for Shachtman it is a new exploiting class.')
    .assess('trotsky1937', 'proletarian-bonapartism')
    .assess('cliff1974', 'proletarian-bonapartism')
    .assess('shachtman1962', 'proletarian-bonapartism');

  b.corpusClaim('planned-economy-progressive', { title: 'The planned economy remained progressive', position: 'author', answers: 'class-nature' })
    .passage('planned-economy-progressive-p1', 'states', 'planned-economy-progressive')
    .passage('planned-economy-progressive-p4', 'states', 'planned-economy-progressive')
    .objection('o-cliff-accumulation', {
      title: 'Cliff: accumulation, capitalist in substance',
      text: 'Accumulation under the plans was capitalist in substance, and the official series themselves show consumer goods stagnating.',
      position: 'cliff',
      ref: 'cliff1974',
      answers: 'class-nature',
    }, 'planned-economy-progressive')
    .assess('allen2003', 'planned-economy-progressive')
    .assess('cliff1974', 'planned-economy-progressive');
}

function origins(b: MapBuilder): void {
  b.corpusClaim('isolation-bureaucratic-degeneration', { title: 'Isolation and backwardness bred the bureaucracy', position: 'author', answers: 'origins' })
    .passage('isolation-bureaucratic-degeneration-p1', 'states', 'isolation-bureaucratic-degeneration')
    .passage('isolation-bureaucratic-degeneration-p2', 'states', 'isolation-bureaucratic-degeneration')
    .passage('isolation-bureaucratic-degeneration-p3', 'states', 'isolation-bureaucratic-degeneration')
    .passage('isolation-bureaucratic-degeneration-p4', 'supports', 'isolation-bureaucratic-degeneration')
    .objection('o-pipes-roots', {
      title: 'Pipes: rooted in Lenin\'s Bolshevism',
      text: 'The roots of the terror and the one-party dictatorship lay in Lenin\'s Bolshevism from the outset, not in later isolation.',
      ref: 'pipes1990',
      answers: 'origins',
    }, 'isolation-bureaucratic-degeneration')
    .objection('o-figes-1924', {
      title: 'Figes: the dictatorship was built by 1924',
      text: 'The basic institutions of the later dictatorship were already in place by 1924, and the failure of democracy was rooted in Russian political culture as well as in Bolshevik practice.',
      ref: 'figes1996',
      answers: 'origins',
    }, 'isolation-bureaucratic-degeneration')
    .lineAgainstLater(
      'one-sided-civil-war',
      { line: 352, sentence: 0, begins: 'The dictatorship of Stalin' },
      'o-figes-1924',
      'The text has Stalin\'s dictatorship consolidated over ten years of one-sided civil war against the workers, not in place by 1924.',
    )
    .assess('trotsky1937', 'isolation-bureaucratic-degeneration')
    .assess('deutscher1954', 'isolation-bureaucratic-degeneration')
    .assess('pipes1990', 'isolation-bureaucratic-degeneration')
    .assess('figes1996', 'isolation-bureaucratic-degeneration')
    .assess('service2009', 'isolation-bureaucratic-degeneration')
    .assess('kotkin2014', 'isolation-bureaucratic-degeneration');

  b.claim('martov-bolshevism', {
    title: 'The fault lay in Bolshevism itself',
    text: 'The Bolshevik "dictatorship of the proletariat" departed from Marx and became the rule of a minority over the class from the start; Bolshevism\'s methods came from wartime brutalisation and its view of the state, not from the isolation of an otherwise healthy revolution.',
    position: 'martov',
    answers: 'origins',
  })
    .assess('martov1923', 'martov-bolshevism', {
      stance: 'supports',
      note: 'Martov\'s own argument: Bolshevik rule departed from Marx and became minority rule over the class; its appeal and methods came from wartime brutalisation and the state question.',
    })
    .link('martov-bolshevism', 'attacks', 'isolation-bureaucratic-degeneration', 'Martov finds the fault in Bolshevik rule from the start, so isolation cannot be what corrupted an otherwise healthy revolution; the two answers to where the degeneration came from are rivals.')
    .assess('martov1923', 'isolation-bureaucratic-degeneration');
}

function postwar(b: MapBuilder): void {
  b.corpusClaim('deformed-workers-states', { title: 'Eastern Europe: workers\' states deformed from birth', position: 'author', answers: 'postwar' })
    .passage('deformed-workers-states-p1', 'states', 'deformed-workers-states')
    .passage('deformed-workers-states-p2', 'states', 'deformed-workers-states')
    .passage('deformed-workers-states-p3', 'states', 'deformed-workers-states')
    .passage('deformed-workers-states-p4', 'states', 'deformed-workers-states')
    .objection('o-cliff-eastern-europe', {
      title: 'Cliff: state capitalist too',
      text: 'The post-war regimes of Eastern Europe were state capitalist, like the USSR they were modelled on.',
      position: 'cliff',
      ref: 'cliff1974',
      answers: 'postwar',
    }, 'deformed-workers-states')
    .objection('o-shachtman-eastern-europe', {
      title: 'Shachtman: the same new class society',
      text: 'The post-war Stalinist states were extensions of the same new class society, bureaucratic collectivism.',
      position: 'shachtman',
      ref: 'shachtman1962',
      answers: 'postwar',
    }, 'deformed-workers-states')
    .assess('lowy1981', 'deformed-workers-states')
    .assess('cliff1974', 'deformed-workers-states')
    .assess('shachtman1962', 'deformed-workers-states');
}
