import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';

/**
 * The Comintern's China policy of 1925-27: the Chinese Communists inside the Kuomintang until
 * Chiang Kai-shek turned on them. The text's verdict on the policy ("a caricature even of
 * Menshevism") is the author's claim about it; the Left Opposition's lesson of 1927 is the
 * claim the map centres on, set against the scholarship of the 1990s (van de Ven, Pantsov),
 * with the corpus's check of the text's figure for the Communist Party's size.
 */
export function china(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'china-1925-27',
    title: 'China 1925-27: the Communists inside the Kuomintang',
    description:
      'The Comintern\'s China policy: the Chinese Communists inside the Kuomintang, deferring to a "progressive" national bourgeoisie, until Chiang Kai-shek turned on them in 1927. The text\'s verdict ("a caricature even of Menshevism") and the Left Opposition\'s lesson, against Isaacs\'s account of 1938 and the work of van de Ven (1991) and Pantsov (2000), with the corpus\'s check of the party\'s size in 1927.',
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
    .position({ id: 'left-opposition', label: 'Trotsky and the Left Opposition', color: COLOURS.green, period: 'from 1923', from: 1923 })
    .position(AUTHOR)
    .question('ccp-kmt', 'Should the Chinese Communists work inside the Kuomintang and defer their own programme?')
    .question('who-leads-abroad', 'Could the "progressive" national bourgeoisie lead China\'s revolution, or could the workers?');

  communistsAndKuomintang(b);
  whoLeads(b);
  b.corpusRelations();
  b.note('n-china', {
    title: '"A caricature even of Menshevism"',
    text: 'The text reads the China policy as the Mensheviks\' stages applied abroad: first a national revolution under the bourgeoisie, the workers\' own struggle later. Isaacs\'s first edition (1938, with an introduction by Trotsky) told the same story. Van de Ven (1991) gives the Chinese Communists\' own formation and choices their weight, and Pantsov (2000), from Soviet archives, finds the Opposition\'s demand to leave the Kuomintang late and divided.',
    links: [
      { map: 'permanent-revolution', label: 'The Mensheviks\' stages in Russia' },
      { map: 'popular-front', label: 'Class collaboration again: the popular front' },
      { map: 'overview', label: 'The whole text at a glance' },
    ],
  });

  return b.build({
    rows: [
      { lead: 'n-china', claims: ['kmt-bloc', 'au-class-collaboration', 'au-ccp-independence'] },
      { claims: ['cm-progressive-bourgeoisie', 'bourgeoisie-cannot-lead', 'china-1927-lesson', 'au-workers-capacity'] },
    ],
  });
}

function communistsAndKuomintang(b: MapBuilder): void {
  b.corpusClaim('kmt-bloc', { title: 'The Communists inside the Kuomintang', position: 'comintern-china', answers: 'ccp-kmt' })
    .passage('kmt-bloc-p4', 'states', 'kmt-bloc')
    .objection('o-trotsky-east', {
      title: 'Trotsky: not the old slogan in the East',
      text: 'The Chinese defeat of 1927 is the central case against applying the old democratic-dictatorship slogan to the East: in the colonial countries too, only the workers in power can complete the democratic revolution.',
      position: 'left-opposition',
      ref: 'trotsky1930',
      answers: ['ccp-kmt', 'who-leads-abroad'],
    }, 'kmt-bloc')
    .objection('o-isaacs-chiang', {
      title: 'Isaacs: the bourgeois ally turned on the Communists',
      text: 'Comintern policy tied the Chinese Communists to the Kuomintang until Chiang Kai-shek turned on them in 1927: the bourgeois ally the strategy relied on destroyed the revolution.',
      ref: 'isaacs1938',
    }, 'kmt-bloc')
    .line('chiang-executioner', { line: 378, sentence: 1, begins: 'Thus covered with the mantle' }, 'supports', 'o-isaacs-chiang')
    .assess('isaacs1938', 'kmt-bloc')
    .assess('trotsky1930', 'kmt-bloc')
    .assess('vandeven1991', 'kmt-bloc')
    .assess('pantsov2000', 'kmt-bloc');

  // The text's condemnation of the policy, which the corpus had let state the Comintern's own claims.
  b.claim('au-class-collaboration', {
    title: 'The text: class collaboration, "a caricature even of Menshevism"',
    text: 'Fearing the Chinese workers\' independent movement and holding gross illusions in the Chinese bourgeoisie, Stalin and the Comintern leadership made the Chinese Communists capitulate to the Kuomintang: a fatal policy of class collaboration.',
    position: 'author',
    answers: ['ccp-kmt', 'who-leads-abroad'],
  })
    .line('feared-workers', { line: 368, sentence: 0, begins: 'But the Russian bureaucracy feared' }, 'states', 'au-class-collaboration')
    .passage('kmt-bloc-p1', 'states', 'au-class-collaboration')
    .line('class-collaboration', { line: 370, sentence: 0, begins: 'In consequence a fatal policy' }, 'states', 'au-class-collaboration')
    .passage('kmt-bloc-p2', 'states', 'au-class-collaboration')
    .passage('kmt-bloc-p3', 'states', 'au-class-collaboration')
    .link('au-class-collaboration', 'attacks', 'kmt-bloc', 'The text explains the bloc by the Soviet bureaucracy\'s fear of the workers and its illusions in the bourgeoisie, and reads it as the Mensheviks\' stages applied to China.')
    .assess('vandeven1991', 'au-class-collaboration', { asText: 'kmt-bloc' })
    .assess('pantsov2000', 'au-class-collaboration', { asText: 'kmt-bloc' });

  b.claim('au-ccp-independence', {
    title: 'The Communists should have led the struggle themselves',
    text: 'The Chinese Communists should have kept their own programme and press and taken the lead in the struggle against landlordism and imperialism, fighting for a socialist revolution.',
    position: 'author',
    answers: 'ccp-kmt',
  })
    .line('held-back', { line: 376, sentence: 0, begins: 'Yet Stalin and the Comintern' }, 'states', 'au-ccp-independence')
    .contrast('au-ccp-independence', 'kmt-bloc', 'Keep the party\'s own programme and take the lead, or enter the Kuomintang and defer to it.')
    .assess('vandeven1991', 'au-ccp-independence', { asText: 'kmt-bloc' });
}

function whoLeads(b: MapBuilder): void {
  b.claim('cm-progressive-bourgeoisie', {
    title: 'The Chinese bourgeoisie will fight imperialism',
    text: 'The Chinese national bourgeoisie, led by the Kuomintang, is a progressive force able to lead the people\'s struggle against imperialism and its local agents.',
    position: 'comintern-china',
    answers: 'who-leads-abroad',
  })
    .line('kmt-claimed', { line: 372, sentence: 0, begins: 'The Kuomintang (KMT) claimed' }, 'supports', 'cm-progressive-bourgeoisie')
    .link('cm-progressive-bourgeoisie', 'supports', 'kmt-bloc', 'A bourgeoisie able to lead the national revolution is the premise of the bloc with its party.');

  b.corpusClaim('bourgeoisie-cannot-lead', { title: 'The bourgeoisie of this epoch cannot lead the democratic revolution', position: 'author', answers: 'who-leads-abroad' })
    .passage('bourgeoisie-cannot-lead-p3', 'states', 'bourgeoisie-cannot-lead')
    .line('thousand-threads-kmt', { line: 372, sentence: 1, begins: 'In fact, the bourgeois leadership' }, 'supports', 'bourgeoisie-cannot-lead')
    .contrast('bourgeoisie-cannot-lead', 'cm-progressive-bourgeoisie', 'Rival answers on the Chinese bourgeoisie: the Comintern\'s progressive ally against the text\'s class tied to the landlords and to imperialism.')
    .assess('lenin1905', 'bourgeoisie-cannot-lead')
    .assess('ascher1988', 'bourgeoisie-cannot-lead');

  b.corpusClaim('china-1927-lesson', { title: 'China 1927 confirms permanent revolution', position: 'left-opposition', answers: 'who-leads-abroad', central: true })
    .passage('china-1927-lesson-p2', 'states', 'china-1927-lesson')
    .line('crushing-defeat', { line: 382, sentence: 0, begins: 'The result was the crushing' }, 'states', 'china-1927-lesson')
    .passage('china-1927-lesson-p3', 'states', 'china-1927-lesson')
    .objection('o-vandeven-own-choices', {
      title: 'Van de Ven: the Chinese Communists\' own choices',
      text: 'The Chinese Communist Party\'s own formation and choices, not only Moscow\'s directives, shaped its alliance with the Kuomintang.',
      ref: 'vandeven1991',
    }, 'china-1927-lesson')
    .objection('o-pantsov-late-demand', {
      title: 'Pantsov: the Opposition\'s demand came late',
      text: 'Soviet archives show Stalin\'s decisions keeping the Communists inside the Kuomintang, but the Opposition\'s own demand to leave it came late and was divided.',
      ref: 'pantsov2000',
    }, 'china-1927-lesson')
    .assess('isaacs1938', 'china-1927-lesson')
    .assess('trotsky1930', 'china-1927-lesson', {
      stance: 'supports',
      note: 'Trotsky uses the Chinese defeat of 1927 as a central case against applying the democratic-dictatorship slogan to the East.',
    })
    .assess('pantsov2000', 'china-1927-lesson', { asText: 'kmt-bloc' })
    .assess('vandeven1991', 'china-1927-lesson', { asText: 'kmt-bloc' });

  const [figure] = b.corpus.crossCheck('xc-china-1927').scholarlyFigures;
  b.claim('au-workers-capacity', {
    title: 'The Chinese workers could lead',
    text: 'Between 1925 and 1927 the Chinese workers, with unions of nearly three million, peasant leagues of ten million and a Communist Party of 60,000, showed their capacity to lead the masses\' struggle for power.',
    position: 'author',
    answers: 'who-leads-abroad',
  })
    .passage('china-1927-lesson-p1', 'supports', 'au-workers-capacity')
    .line('capacity-to-lead', { line: 364, sentence: 3, begins: 'The Chinese working class was' }, 'states', 'au-workers-capacity')
    .link('au-workers-capacity', 'supports', 'china-1927-lesson', 'Workers strong enough to lead made the defeat the outcome of the policy, not of their weakness.')
    .note('n-membership', membershipNote(figure!.figure, ['au-workers-capacity', 'china-1927-lesson', 'china-1927-lesson-p1']));
}

/** The corpus's check of the party's size in 1927, in our words; the figure and its sources are the corpus's. */
export function membershipNote(figure: string, about: string[]): { title: string; text: string; about: string[] } {
  return {
    title: 'Cross-check: the Communist Party in 1927',
    text: `The text's "force of 60,000" is consistent with the ${figure.replace(' at the Fifth CCP Congress', ' reported to the Fifth Congress of the Communist Party')}, according to official congress data also given in S. A. Smith's study of Shanghai communism. The union and peasant-league totals are the movement's own claims of 1927, which the corpus's check leaves aside.`,
    about,
  };
}
