import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';

/**
 * The two-stage theory abroad: the Comintern's bloc with the Kuomintang in 1925-27, which
 * the text calls "a caricature even of Menshevism", and its outcome in the massacres of
 * 1927, with the corpus's check of the text's figure for the Communist Party's size.
 */
export function china(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'china-1925-27',
    title: 'The two-stage theory abroad: China 1925-27',
    description:
      'The Mensheviks\' stages applied to China: Stalin and the Comintern\'s bloc with the Kuomintang, the Chinese Communists\' subordination to it, and the massacre of 1927, against the text\'s case that the "progressive" Chinese bourgeoisie could no more lead a democratic revolution than the Russian one.',
  });
  b.position({
    id: 'comintern-china',
    label: 'Stalin, Bukharin and the Comintern, 1925-27',
    color: COLOURS.vermillion,
    period: '1925-1927',
    from: 1925,
    to: 1927,
    description: 'With the Chinese Communist Party leadership that followed their instructions.',
  })
    .position({ id: 'mensheviks', label: 'Mensheviks', color: COLOURS.orange, period: '1903-1917', from: 1903, to: 1917, description: 'The origin of the stages conception the text sees again in China.' })
    .position({ id: 'left-opposition', label: 'Trotsky and the Left Opposition', color: COLOURS.green, period: 'from 1923', from: 1923 })
    .position(AUTHOR)
    .question('who-leads-abroad', 'Can the "progressive" national bourgeoisie lead the democratic revolution in China?')
    .question('ccp-kmt', 'Should the Chinese Communists enter the Kuomintang and defer their own programme?')
    .question('workers-strength', 'Could the Chinese workers lead the masses in 1925-27?');

  whoLeads(b);
  communistsAndKuomintang(b);
  workersStrength(b);
  b.corpusRelations();
  b.note('n-china', {
    title: '"A caricature even of Menshevism"',
    text: 'The text reads the Comintern\'s China policy as the Mensheviks\' stages applied abroad: first a bourgeois-led national revolution, the workers\' own struggle later. Isaacs\'s first edition (1938, with an introduction by Trotsky) documents the same story.',
    links: [
      { map: 'permanent-revolution', label: 'The stages theory in Russia' },
      { map: 'popular-front', label: 'Class collaboration again: the popular front' },
      { map: 'overview', label: 'The whole text at a glance' },
    ],
  });

  return b.build({
    rows: [
      { lead: 'n-china', claims: ['stages-theory', 'cm-progressive-bourgeoisie', 'bourgeoisie-cannot-lead', 'china-1927-lesson'] },
      { claims: ['kmt-bloc', 'au-ccp-independence'] },
      { claims: ['cm-workers-secondary', 'au-workers-capacity'] },
    ],
  });
}

function whoLeads(b: MapBuilder): void {
  central
    .stagesTheory(b, { title: 'Two stages: the bourgeoisie leads, socialism waits', position: 'mensheviks', answers: 'who-leads-abroad', moreWorks: ['lenin1905'] })
    .objection('o-isaacs-chiang', {
      title: 'Isaacs: the bourgeois ally turned on the Communists',
      text: 'Comintern policy tied the Chinese Communists to the Kuomintang until Chiang Kai-shek turned on them in 1927: the bourgeois ally the strategy relied on destroyed the revolution.',
      ref: 'isaacs1938',
    }, 'stages-theory')
    .line('chiang-executioner', { line: 378, sentence: 1, begins: 'Thus covered with the mantle' }, 'supports', 'o-isaacs-chiang');

  b.claim('cm-progressive-bourgeoisie', {
    title: 'The Chinese bourgeoisie will fight imperialism',
    text: 'The Chinese national bourgeoisie, led by the Kuomintang, is a progressive force able to lead the people\'s struggle against imperialism and its local agents.',
    position: 'comintern-china',
    answers: 'who-leads-abroad',
  })
    .passage('kmt-bloc-p1', 'states', 'cm-progressive-bourgeoisie')
    .line('kmt-claimed', { line: 372, sentence: 0, begins: 'The Kuomintang (KMT) claimed' }, 'states', 'cm-progressive-bourgeoisie')
    .link('cm-progressive-bourgeoisie', 'supports', 'stages-theory', 'A bourgeoisie able to lead the national revolution is what a first, bourgeois stage needs; the text calls the policy built on it a caricature of Menshevism.');

  b.corpusClaim('bourgeoisie-cannot-lead', { title: 'The bourgeoisie of this epoch cannot lead the democratic revolution', position: 'author', answers: 'who-leads-abroad' })
    .passage('bourgeoisie-cannot-lead-p3', 'states', 'bourgeoisie-cannot-lead')
    .line('thousand-threads-kmt', { line: 372, sentence: 1, begins: 'In fact, the bourgeois leadership' }, 'supports', 'bourgeoisie-cannot-lead')
    .contrast('bourgeoisie-cannot-lead', 'cm-progressive-bourgeoisie', 'Rival answers on the Chinese bourgeoisie: the Comintern\'s progressive ally against the text\'s class tied to the landlords and to imperialism.')
    .assess('lenin1905', 'bourgeoisie-cannot-lead')
    .assess('ascher1988', 'bourgeoisie-cannot-lead');

  b.corpusClaim('china-1927-lesson', { title: 'China 1927 confirms permanent revolution', position: 'left-opposition', answers: 'who-leads-abroad' })
    .passage('china-1927-lesson-p2', 'states', 'china-1927-lesson')
    .line('crushing-defeat', { line: 382, sentence: 0, begins: 'The result was the crushing' }, 'states', 'china-1927-lesson')
    .passage('china-1927-lesson-p3', 'states', 'china-1927-lesson')
    .assess('isaacs1938', 'china-1927-lesson')
    .assess('trotsky1930', 'china-1927-lesson', {
      stance: 'supports',
      note: 'Trotsky uses the Chinese defeat of 1927 as a central case against applying the democratic-dictatorship slogan to the East.',
    });
}

function communistsAndKuomintang(b: MapBuilder): void {
  b.corpusClaim('kmt-bloc', { title: 'Subordinate the Communists to the Kuomintang', position: 'comintern-china', answers: 'ccp-kmt' })
    .passage('kmt-bloc-p2', 'states', 'kmt-bloc')
    .passage('kmt-bloc-p3', 'states', 'kmt-bloc')
    .passage('kmt-bloc-p4', 'states', 'kmt-bloc')
    .objection('o-trotsky-east', {
      title: 'Trotsky: not the old slogan in the East',
      text: 'The Chinese defeat of 1927 is the central case against applying the old democratic-dictatorship slogan to the East: in the colonial countries too, only the workers in power can complete the democratic revolution.',
      position: 'left-opposition',
      ref: 'trotsky1930',
      answers: ['ccp-kmt', 'who-leads-abroad'],
    }, 'kmt-bloc')
    .assess('isaacs1938', 'kmt-bloc')
    .assess('trotsky1930', 'kmt-bloc');

  b.claim('au-ccp-independence', {
    title: 'The Communists should have led the struggle themselves',
    text: 'The Chinese Communists should have kept their own programme and press and taken the lead in the struggle against landlordism and imperialism, fighting for a socialist revolution.',
    position: 'author',
    answers: 'ccp-kmt',
  })
    .line('held-back', { line: 376, sentence: 0, begins: 'Yet Stalin and the Comintern' }, 'states', 'au-ccp-independence')
    .line('class-collaboration', { line: 370, sentence: 0, begins: 'In consequence a fatal policy' }, 'supports', 'au-ccp-independence')
    .contrast('au-ccp-independence', 'kmt-bloc', 'Keep the party\'s own programme and take the lead, or enter the Kuomintang and defer to it.');
}

function workersStrength(b: MapBuilder): void {
  const [figure] = b.corpus.crossCheck('xc-china-1927').scholarlyFigures;
  b.claim('cm-workers-secondary', {
    title: 'The workers\' movement must not break the bloc',
    text: 'The workers\' independent movement is to be kept subordinate to the bloc with the national bourgeoisie; its revolutionary potential is not what the revolution rests on.',
    position: 'comintern-china',
    answers: 'workers-strength',
  }).line('feared-workers', { line: 368, sentence: 0, begins: 'But the Russian bureaucracy feared' }, 'states', 'cm-workers-secondary');

  b.claim('au-workers-capacity', {
    title: 'The Chinese workers could lead',
    text: 'Between 1925 and 1927 the Chinese workers, with unions of nearly three million, peasant leagues of ten million and a Communist Party of 60,000, showed their capacity to lead the masses\' struggle for power.',
    position: 'author',
    answers: 'workers-strength',
  })
    .passage('china-1927-lesson-p1', 'supports', 'au-workers-capacity')
    .line('capacity-to-lead', { line: 364, sentence: 3, begins: 'The Chinese working class was' }, 'states', 'au-workers-capacity')
    .contrast('au-workers-capacity', 'cm-workers-secondary', 'The text holds that the Chinese workers could have led the masses; the Comintern kept their movement subordinate to the bloc.')
    .note('n-membership', {
      title: 'Cross-check: the Communist Party in 1927',
      // Our wording of the corpus check; the figure and its sources are the corpus's.
      text: `The text's "force of 60,000" is consistent with the ${figure!.figure.replace(' at the Fifth CCP Congress', ' reported to the Fifth Congress of the Communist Party')}, according to official congress data also given in S. A. Smith's study of Shanghai communism. The union and peasant-league totals are the movement's own claims of 1927 and have not been checked.`,
      about: ['au-workers-capacity', 'china-1927-lesson-p1'],
    });
}
