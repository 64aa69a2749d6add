import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';

/**
 * The Comintern's two answers to fascism: the Third Period's "social-fascism", which the
 * text blames for Hitler's unopposed victory in 1933, and the popular front of 1935, set
 * against Trotsky's workers' united front, with Spain and France in 1936 as the test. The
 * Comintern is one position whose line turned: the corpus has its own case only for the
 * popular front (Dimitrov's report of 1935); the Third Period speaks through the words the
 * text quotes from Thälmann and the reasons it reports.
 */
export function popularFront(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'popular-front',
    title: 'The popular front and the united front',
    description:
      'How should workers fight fascism? The Comintern\'s Third Period and "social-fascism" (with Thälmann\'s words of 1932), Trotsky\'s call for a workers\' united front, Germany 1933, the Comintern\'s turn to the popular front in 1935 (in Dimitrov\'s own terms), and Spain and France in 1936, with the historians who defend, qualify or reject the text\'s verdict.',
  });
  b.position({
    id: 'comintern',
    label: 'The Comintern under Stalin, 1928-1939',
    color: COLOURS.vermillion,
    period: '1928-1939',
    from: 1928,
    to: 1939,
    description: 'The Third Period line of 1928-33, voiced by the KPD leader Ernst Thälmann in 1932, then the popular front proclaimed at the Seventh World Congress in 1935 (Dimitrov\'s report of 2 August) and applied by the French and Spanish parties in 1936.',
  })
    .position({
      id: 'left-opposition',
      label: 'Trotsky and the Left Opposition',
      color: COLOURS.green,
      period: '1930-1940 (writings on Germany)',
      from: 1930,
      to: 1940,
    })
    .position(AUTHOR)
    .question('social-fascism', 'Are the Social Democrats "social-fascists", to be fought before Hitler?')
    .question('germany-1933', 'What happened in Germany in 1933, and why?')
    .question('allies', 'With whom should the workers ally against fascism?')
    .question('fronts-1936', 'What did the popular fronts of 1936 do?')
    .question('why-turns', 'Why did the Comintern swing from "social-fascism" to the popular front?');

  socialFascism(b);
  germany(b);
  allies(b);
  fronts1936(b);
  whyTurns(b);
  b.corpusRelations();
  b.note('n-fronts', {
    title: 'Two fronts',
    text: 'A united front is joint action of workers\' parties that keep their own programmes; a popular front is an alliance of workers\' parties with liberal capitalist parties to defend democracy, on a programme that leaves property and the state alone. Dimitrov made the case for the second in 1935; the text measures both against Marx and Engels\' advice of 1850.',
    links: [
      { map: 'overview', label: 'The whole text at a glance' },
      { map: 'permanent-revolution', label: 'The Mensheviks\' stages, which the text sees again in Spain' },
    ],
  });

  return b.build({
    rows: [
      { lead: 'n-fronts', claims: ['third-period-social-fascism', 'thaelmann-1932', 'workers-united-front'] },
      { claims: ['germany-1933-defeat'] },
      { claims: ['popular-front', 'popular-front-critique'] },
      { claims: ['cpf-end-strikes', 'spain-1936', 'france-1936'] },
      { claims: ['comintern-degeneration', 'hitler-stalin-pact'] },
    ],
  });
}

function socialFascism(b: MapBuilder): void {
  // The reasons the Comintern gave, as the text reports them; its verdict on the turn of 1928 ("ultra-left sectarianism") supports the author's account of the Comintern below.
  b.corpusClaim('third-period-social-fascism', { title: 'Third Period: Social Democrats are "social-fascists"', position: 'comintern', answers: 'social-fascism' })
    .passage('third-period-social-fascism-p2', 'states', 'third-period-social-fascism')
    .passage('third-period-social-fascism-p3', 'states', 'third-period-social-fascism')
    .assess('carr1982', 'third-period-social-fascism')
    .assess('eley2002', 'third-period-social-fascism')
    .assess('mcdermott-agnew1996', 'third-period-social-fascism')
    .assess('trotsky1971', 'third-period-social-fascism');

  b.corpusClaim('thaelmann-1932', { title: 'Thälmann, 1932: a bloc with the SPD is counter-revolutionary', position: 'comintern', answers: 'social-fascism' })
    .passage('thaelmann-1932-p1', 'states', 'thaelmann-1932')
    .passage('thaelmann-1932-p2', 'states', 'thaelmann-1932')
    .passage('thaelmann-1932-p3', 'states', 'thaelmann-1932')
    .assess('trotsky1971', 'thaelmann-1932');

  b.corpusClaim('workers-united-front', { title: 'A workers\' united front against fascism', position: 'left-opposition', answers: ['social-fascism', 'allies'] })
    .passage('workers-united-front-p1', 'states', 'workers-united-front')
    .passage('workers-united-front-p2', 'states', 'workers-united-front')
    .passage('workers-united-front-p3', 'states', 'workers-united-front')
    .assess('trotsky1971', 'workers-united-front')
    .assess('dimitrov1935', 'workers-united-front', {
      stance: 'challenges',
      note: 'Dimitrov\'s report answers fascism with a wider alliance than the workers\' parties alone: a broad anti-fascist front that takes in non-proletarian parties, the Comintern\'s own case of 1935.',
    });
}

function germany(b: MapBuilder): void {
  noDefeat(b, 'comintern', 'germany-1933');
  b.corpusClaim('germany-1933-defeat', { title: 'Germany 1933: Hitler won without a fight', position: 'author', answers: 'germany-1933' })
    .passage('germany-1933-defeat-p1', 'states', 'germany-1933-defeat')
    .passage('germany-1933-defeat-p2', 'states', 'germany-1933-defeat')
    .passage('germany-1933-defeat-p3', 'attacks', 'ctp-no-defeat')
    .assess('trotsky1971', 'germany-1933-defeat');
}

/** The Comintern's answer to the claim of a defeat in Germany was to deny it: its objection, in the text's report. */
export function noDefeat(b: MapBuilder, position: string, answers: string): MapBuilder {
  return b
    .objection('ctp-no-defeat', {
      title: 'The Comintern, 1933: no defeat, and after Hitler the workers',
      text: 'No defeat had been suffered in Germany, and the fascist victory would be followed immediately and effortlessly by the victory of the workers.',
      position,
      answers,
    }, 'germany-1933-defeat')
    .line('after-hitler-us', { line: 405, sentence: 1, begins: 'Instead, it proclaimed' }, 'states', 'ctp-no-defeat');
}

function allies(b: MapBuilder): void {
  central.popularFront(b, {
    position: 'comintern',
    answers: ['allies', 'why-turns'],
    objectionAnswers: { 'o-marx-1850': 'allies' },
    moreWorks: ['preston2006', 'carr1982', 'eley2002', 'haslam1984'],
  });

  b.corpusClaim('popular-front-critique', { title: 'Popular fronts disarm the workers', position: 'author', answers: 'allies' })
    .passage('popular-front-critique-p2', 'states', 'popular-front-critique')
    .passage('popular-front-critique-p3', 'states', 'popular-front-critique')
    .passage('popular-front-critique-p4', 'states', 'popular-front-critique')
    .objection('o-jackson-democracy', {
      title: 'Jackson: a defence of democracy with real gains',
      text: 'The French Popular Front was above all a defence of democracy against fascism and a mass movement that won real social gains; its strikes of 1936 and its economic failure are to be understood in their own terms, not as a Communist betrayal.',
      ref: 'jackson1988',
    }, 'popular-front-critique')
    .assess('marx-engels1850', 'popular-front-critique')
    .assess('dimitrov1935', 'popular-front-critique', { asText: 'popular-front' })
    .assess('eley2002', 'popular-front-critique', { asText: 'popular-front' });
}

function fronts1936(b: MapBuilder): void {
  b.claim('cpf-end-strikes', {
    title: 'France 1936: end the strikes, keep the coalition',
    text: 'The strike wave and factory occupations of 1936 must end, to keep the Popular Front\'s coalition with the Radicals and its parliamentary majority.',
    position: 'comintern',
    answers: 'fronts-1936',
  })
    .sentences('end-the-strikes', 'france-1936-p2', 1, 'states', 'cpf-end-strikes')
    .link('cpf-end-strikes', 'supports', 'popular-front', 'Ending the strikes kept the Popular Front\'s coalition with the Radicals together.');

  b.corpusClaim('spain-1936', { title: 'Spain 1936-37: the Popular Front strangled the revolution', position: 'author', answers: 'fronts-1936' })
    .passage('spain-1936-p1', 'states', 'spain-1936')
    .passage('spain-1936-p2', 'states', 'spain-1936')
    .passage('spain-1936-p3', 'states', 'spain-1936')
    .passage('spain-1936-p4', 'states', 'spain-1936')
    .objection('o-preston-war', {
      title: 'Preston: a Republic at war needed a state',
      text: 'The Republic had to rebuild a state and an army to fight Franco; Preston criticises accounts, like Orwell\'s, that judge the war mainly through the revolution that was suppressed.',
      ref: 'preston2006',
    }, 'spain-1936')
    .assess('bolloten1991', 'spain-1936')
    .assess('preston2006', 'spain-1936')
    .assess('graham2002', 'spain-1936');

  b.corpusClaim('france-1936', { title: 'France 1936: the Popular Front halted the strike wave', position: 'author', answers: 'fronts-1936' })
    .passage('france-1936-p1', 'states', 'france-1936')
    .sentences('france-recoiled', 'france-1936-p2', 0, 'states', 'france-1936')
    .passage('france-1936-p3', 'states', 'france-1936')
    .contrast('france-1936', 'cpf-end-strikes', 'The same act judged from either side: ending the strikes to keep the coalition, or, for the text, halting a revolutionary upsurge.')
    .assess('jackson1988', 'france-1936');
}

function whyTurns(b: MapBuilder): void {
  b.corpusClaim('comintern-degeneration', { title: 'The Comintern became a tool of the Soviet bureaucracy', position: 'author', answers: 'why-turns' })
    .passage('comintern-degeneration-p1', 'states', 'comintern-degeneration')
    .passage('comintern-degeneration-p2', 'states', 'comintern-degeneration')
    .passage('comintern-degeneration-p3', 'states', 'comintern-degeneration')
    .passage('comintern-degeneration-p4', 'states', 'comintern-degeneration')
    // The text's own judgements of the two turns, which it does not put in the Comintern's mouth.
    .passage('third-period-social-fascism-p1', 'supports', 'comintern-degeneration')
    .passage('popular-front-p1', 'supports', 'comintern-degeneration')
    .line('sacrifice-socialism', { line: 425, sentence: 0, begins: 'In order to cement agreement' }, 'supports', 'comintern-degeneration')
    .contrast('comintern-degeneration', 'popular-front', 'Two answers to why the Comintern turned: the popular front as the answer to fascism, or, for the text, a line set by the interests of the Soviet bureaucracy.')
    .objection('o-carr-french-initiative', {
      title: 'Carr: not only a decree from Moscow',
      text: 'The popular-front turn began partly on French Communist initiative in 1934 and came from a convergence of Soviet state and party interests, not only from a decree from Moscow.',
      ref: 'carr1982',
    }, 'comintern-degeneration')
    .objection('o-mcdermott-from-below', {
      title: 'McDermott and Agnew: Stalinisation from below too',
      text: 'The parties were Stalinised from above and from below: their own militants drove bolshevisation, and the Third Period had roots in Soviet domestic politics and in radical currents inside the parties.',
      ref: 'mcdermott-agnew1996',
    }, 'comintern-degeneration')
    .assess('claudin1975', 'comintern-degeneration')
    .assess('mcdermott-agnew1996', 'comintern-degeneration')
    .assess('haslam1984', 'comintern-degeneration', { asText: 'popular-front' });

  b.corpusClaim('hitler-stalin-pact', { title: 'The Hitler-Stalin pact, the bureaucracy\'s "1914"', position: 'author', answers: 'why-turns' })
    .passage('hitler-stalin-pact-p1', 'states', 'hitler-stalin-pact')
    .passage('hitler-stalin-pact-p2', 'states', 'hitler-stalin-pact')
    .assess('claudin1975', 'hitler-stalin-pact');
}
