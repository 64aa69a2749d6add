import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import type { CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';
import { STAGES_AGAINST_PERMANENT } from './centralClaims';

/**
 * Permanent revolution against the two-stage theory, 1904-1917: six positions answering six
 * questions, so that any two can be compared row by row. Claims the corpus lacks are worded
 * here as the text reports each position, and every one of them is backed by the passage
 * where the text says so.
 */
export function permanentRevolution(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'permanent-revolution',
    title: 'Permanent revolution and the two-stage theory',
    description:
      'Who could lead the Russian revolution, and how far could it go? The Mensheviks\' two stages, Lenin\'s "democratic dictatorship" of 1905, Trotsky\'s permanent revolution of 1904-06, the Bolshevik leaders in Petrograd before Lenin\'s return, Lenin from April 1917 and the text\'s own verdict, answering the same six questions, with the passages that state each answer and the historians who weigh them.',
  });
  positions(b);
  whoLeads(b);
  liberals(b);
  workersAndPeasants(b);
  socialistTasks(b);
  februaryRegime(b);
  nationalOrInternational(b);
  b.corpusRelations();
  b.note('n-compare', {
    title: 'Comparing positions',
    text: 'Each position answers the questions in rows: pick the Mensheviks and any Bolshevik position to compare them side by side. The text takes Trotsky\'s side and reads Lenin\'s April turn as reaching Trotsky\'s conclusion; Lih, Ascher and Pipes are the main dissenters here.',
    links: [
      { map: 'overview', label: 'The whole text at a glance' },
      { map: 'china-1925-27', label: 'The two-stage theory abroad: China 1925-27' },
      { map: 'socialism-in-one-country', label: 'Permanent revolution against socialism in one country' },
    ],
  });

  return b.build({
    maxRowWidth: 6400,
    reorderRows: true,
    rows: [
      { lead: 'n-compare', claims: ['stages-theory', 'b05-workers-lead', 'trotsky-proletarian-dictatorship'] },
      { claims: ['b05-democratic-tasks', 'permanent-revolution', 'la-same-conclusion', 'uneven-combined-development'] },
      { claims: ['democratic-dictatorship', 'bl-old-formula', 'la-win-peasants', 'au-peasants-rallied'] },
      { claims: ['b05-liberals-enemy', 'bourgeoisie-cannot-lead'] },
      { claims: ['support-provisional-government', 'bl-stabilise', 'lenin-april-turn', 'la-kerensky', 'october-not-two-stage'] },
      { claims: ['men-backwardness', 'tr-european-revolution', 'international-revolution', 'au-weakest-link'] },
    ],
  });
}

function positions(b: MapBuilder): void {
  b.position({ id: 'mensheviks', label: 'Mensheviks', color: COLOURS.orange, period: '1903-1917', from: 1903, to: 1917 })
    .position({
      id: 'bolsheviks-1905',
      label: 'Lenin and the Bolsheviks, 1905',
      color: COLOURS.purple,
      period: '1905 to March 1917',
      from: 1905,
      to: 1917,
      description: 'The "democratic dictatorship of the proletariat and the peasantry" of Two Tactics (1905).',
    })
    .position({ id: 'trotsky-1905', label: 'Trotsky, 1904-06', color: COLOURS.green, period: '1904-1906', from: 1904, to: 1906, description: 'Results and Prospects (1906).' })
    .position({
      id: 'bolshevik-leaders-march-1917',
      label: 'Bolshevik leaders in Petrograd, March 1917',
      color: COLOURS.skyBlue,
      period: 'March to April 1917',
      from: 1917,
      to: 1917,
      description: 'The party leaders before Lenin\'s return from exile; the text names Stalin among them.',
    })
    .position({ id: 'lenin-april-1917', label: 'Lenin, from April 1917', color: COLOURS.vermillion, period: 'April to October 1917', from: 1917, description: 'The April Theses and after.' })
    .position(AUTHOR)
    .question('who-leads', 'Who can lead the democratic revolution in Russia?')
    .question('liberal-bourgeoisie', 'What will the liberal bourgeoisie do in the revolution?')
    .question('workers-peasants', 'How do the workers relate to the peasantry?')
    .question('socialist-tasks', 'Can the revolution pass over to socialist tasks?')
    .question('february-regime', 'What was the regime between February and October 1917?')
    .question('national-international', 'Is the revolution national or international?');
}

function whoLeads(b: MapBuilder): void {
  central.stagesTheory(b, {
    position: 'mensheviks',
    answers: ['who-leads', 'socialist-tasks'],
    leninPosition: 'bolsheviks-1905',
    // Lenin's objection is his answer to both: the liberals will bargain, so the workers must lead.
    objectionAnswers: { 'o-lenin-liberals': ['who-leads', 'liberal-bourgeoisie'] },
    moreWorks: ['lenin1905'],
  });

  b.claim('b05-workers-lead', {
    title: 'Only the workers\' organisations can lead the peasants',
    text: 'The working class must keep its own independent organisation, and only the workers\' organisations can lead the peasant masses to a revolutionary victory over tsarism.',
    position: 'bolsheviks-1905',
    answers: 'who-leads',
  })
    .line('b05-workers-lead-p', { line: 171, sentence: 0, begins: 'Lenin and Trotsky stood implacably' }, 'states', 'b05-workers-lead')
    .contrast('b05-workers-lead', 'stages-theory', 'Rival answers to who leads: the Bolsheviks put the workers\' own organisations at the head of the peasants, the Mensheviks left the lead to the liberal bourgeoisie.');

  b.corpusClaim('trotsky-proletarian-dictatorship', {
    title: 'The proletariat takes power, backed by the poor peasants',
    position: 'trotsky-1905',
    answers: ['who-leads', 'workers-peasants'],
  })
    .passage('trotsky-proletarian-dictatorship-p1', 'states', 'trotsky-proletarian-dictatorship')
    .passage('trotsky-proletarian-dictatorship-p2', 'states', 'trotsky-proletarian-dictatorship')
    .contrast('trotsky-proletarian-dictatorship', 'stages-theory', 'Trotsky\'s workers\' government backed by the poor peasants against the Mensheviks\' first stage led by the liberal bourgeoisie.')
    .assess('trotsky1906', 'trotsky-proletarian-dictatorship')
    .assess('deutscher1954', 'trotsky-proletarian-dictatorship');
}

function socialistTasks(b: MapBuilder): void {
  b.claim('b05-democratic-tasks', {
    title: 'The tasks are democratic, not yet socialist',
    text: 'The revolution\'s tasks are bourgeois-democratic (the overthrow of the autocracy, land for the peasants, an end to national oppression), though the Bolsheviks draw other political conclusions from this than the Mensheviks.',
    position: 'bolsheviks-1905',
    answers: 'socialist-tasks',
  })
    .line('b05-democratic-tasks-p', { line: 163, sentence: [0, 1], begins: 'Lenin and the Bolshevik tendency' }, 'states', 'b05-democratic-tasks')
    .assess('lenin1905', 'b05-democratic-tasks', {
      stance: 'supports',
      note: 'Two Tactics is the source of this position: it attacks the Mensheviks for deferring to the liberals, yet insists that the revolution\'s social content is bourgeois and will clear the ground for capitalist development.',
    });

  central
    .permanentRevolution(b, { position: 'trotsky-1905', answers: 'socialist-tasks', moreWorks: ['deutscher1954', 'lowy1981', 'knei-paz1978', 'ascher1988'] })
    .passage('permanent-revolution-p1', 'supports', 'permanent-revolution')
    .contrast('permanent-revolution', 'b05-democratic-tasks', 'Permanent revolution holds that the workers, once in power, cannot stop at the democratic tasks to which Lenin\'s formula of 1905 limited the revolution.')
    .contrast('permanent-revolution', 'stages-theory', STAGES_AGAINST_PERMANENT);

  b.claim('la-same-conclusion', {
    title: 'Lenin reaches Trotsky\'s conclusion',
    text: 'Taught by the struggle itself, Lenin concluded by March 1917 what Trotsky had foreseen: the workers must take power, and the revolution cannot stop at democratic tasks.',
    position: 'lenin-april-1917',
    answers: 'socialist-tasks',
  })
    .sentences('la-same-conclusion-p', 'lenin-april-turn-p1', 0, 'states', 'la-same-conclusion')
    .link('la-same-conclusion', 'supports', 'permanent-revolution', 'The text reads Lenin\'s conclusion of 1917 as the one Trotsky had drawn in 1904-06, and so as a confirmation of permanent revolution.');

  b.corpusClaim('uneven-combined-development', { title: 'Uneven and combined development', position: 'author', answers: 'socialist-tasks' })
    .passage('uneven-combined-development-p1', 'states', 'uneven-combined-development')
    .passage('uneven-combined-development-p4', 'supports', 'uneven-combined-development')
    .assess('trotsky1932', 'uneven-combined-development')
    .assess('plekhanov1885', 'uneven-combined-development');
}

function workersAndPeasants(b: MapBuilder): void {
  b.corpusClaim('democratic-dictatorship', {
    title: '"Democratic dictatorship of the proletariat and the peasantry"',
    text: 'Workers and peasants together should form a revolutionary government, the "democratic dictatorship of the proletariat and the peasantry", to carry the bourgeois-democratic revolution through, leaving open which class would lead within it.',
    position: 'bolsheviks-1905',
    answers: 'workers-peasants',
  })
    .passage('democratic-dictatorship-p2', 'states', 'democratic-dictatorship')
    .passage('democratic-dictatorship-p1', 'states', 'democratic-dictatorship')
    .assess('lenin1905', 'democratic-dictatorship')
    .assess('lih-russian-history', 'democratic-dictatorship')
    .assess('trotsky1930', 'democratic-dictatorship');

  b.claim('bl-old-formula', {
    title: 'The old formula still applies',
    text: 'The revolution is still to be guided by the formula of "the democratic dictatorship of the proletariat and the peasantry".',
    position: 'bolshevik-leaders-march-1917',
    answers: 'workers-peasants',
  })
    .sentences('bl-old-formula-p', 'lenin-april-turn-p1', 1, 'states', 'bl-old-formula')
    .link('bl-old-formula', 'supports', 'democratic-dictatorship', 'The Petrograd leaders held on to Lenin\'s formula of 1905.');

  b.claim('la-win-peasants', {
    title: 'Win the workers, and through them the peasants',
    text: 'Break with the "democratic" bourgeoisie and win the mass of the workers, and through them the peasantry, to a programme for overthrowing landlordism and capitalism.',
    position: 'lenin-april-1917',
    answers: 'workers-peasants',
  })
    .line('la-win-peasants-p', { line: 191, sentence: 2, begins: 'Instead they directed' }, 'states', 'la-win-peasants')
    .contrast('la-win-peasants', 'bl-old-formula', 'In April Lenin replaced the old formula with winning the workers, and through them the peasants, to a government of the workers.');

  b.claim('au-peasants-rallied', {
    title: 'The peasants rallied to the workers\' government',
    text: 'Once the workers had taken power in October, the majority of the peasants soon rallied behind the workers\' government: the peasantry followed the working class rather than standing apart from it.',
    position: 'author',
    answers: 'workers-peasants',
  })
    .line('peasants-rallied', { line: 193, sentence: 2, begins: 'The majority of the peasants' }, 'states', 'au-peasants-rallied')
    .link('au-peasants-rallied', 'attacks', 'o-stalin-peasantry', 'If the peasants followed the workers\' government once it held power, the theory had not written them off as allies.')
    .link('trotsky-proletarian-dictatorship-p1', 'attacks', 'o-stalin-peasantry');
}

function liberals(b: MapBuilder): void {
  b.claim('b05-liberals-enemy', {
    title: 'The liberals will turn against the revolution',
    text: 'The liberal bourgeoisie, tied to the landowners by a thousand threads, cannot play a revolutionary role against tsarism and will prove itself the revolution\'s enemy.',
    position: 'bolsheviks-1905',
    answers: 'liberal-bourgeoisie',
  })
    .passage('stages-theory-p3', 'states', 'b05-liberals-enemy')
    .passage('bourgeoisie-cannot-lead-p4', 'supports', 'b05-liberals-enemy')
    .assess('lenin1905', 'b05-liberals-enemy', { as: 'bourgeoisie-cannot-lead' })
    .link('b05-liberals-enemy', 'attacks', 'stages-theory', 'A liberal bourgeoisie that turns against the revolution cannot be trusted to lead its first stage.');

  b.corpusClaim('bourgeoisie-cannot-lead', { title: 'The bourgeoisie of this epoch cannot lead the democratic revolution', position: 'author', answers: 'liberal-bourgeoisie' })
    .passage('bourgeoisie-cannot-lead-p1', 'states', 'bourgeoisie-cannot-lead')
    .passage('bourgeoisie-cannot-lead-p2', 'states', 'bourgeoisie-cannot-lead')
    .passage('bourgeoisie-cannot-lead-p3', 'states', 'bourgeoisie-cannot-lead');
  central.ascherOnLiberals(b);
}

function februaryRegime(b: MapBuilder): void {
  b.corpusClaim('support-provisional-government', {
    title: 'Back the Provisional Government',
    position: 'mensheviks',
    answers: ['february-regime', 'liberal-bourgeoisie'],
  })
    .passage('support-provisional-government-p1', 'states', 'support-provisional-government')
    .passage('support-provisional-government-p2', 'states', 'support-provisional-government')
    .contrast('support-provisional-government', 'b05-liberals-enemy', 'In 1917 the Mensheviks backed the liberals\' government, which the Bolsheviks had long expected to turn against the revolution.')
    .assess('galili1989', 'support-provisional-government')
    .assess('getzler1967', 'support-provisional-government')
    .assess('trotsky1932', 'support-provisional-government');

  b.claim('bl-stabilise', {
    title: '"Stabilise" the democratic revolution',
    text: 'The democratic revolution won in February should be consolidated ("stabilised") on a capitalist basis, as the Mensheviks proposed, rather than pushed on toward workers\' power.',
    position: 'bolshevik-leaders-march-1917',
    answers: ['february-regime', 'socialist-tasks'],
  })
    .passage('support-provisional-government-p3', 'states', 'bl-stabilise')
    .link('bl-stabilise', 'supports', 'support-provisional-government', 'Consolidating the February revolution on a capitalist basis meant backing the government it had produced.')
    .assess('lih-russian-history', 'bl-stabilise', { as: 'support-provisional-government' })
    .contrast('bl-stabilise', 'la-same-conclusion', 'Stop at a consolidated democratic revolution, or go on to workers\' power: the choice before the party in March and April 1917.');

  b.corpusClaim('lenin-april-turn', { title: 'April 1917: no support for the Provisional Government', position: 'lenin-april-1917', answers: 'february-regime' })
    .passage('lenin-april-turn-p2', 'states', 'lenin-april-turn')
    .passage('lenin-april-turn-p3', 'supports', 'lenin-april-turn')
    .contrast('lenin-april-turn', 'bl-stabilise', 'Lenin\'s April line of no support for the Provisional Government reversed the policy of the leaders in Petrograd.')
    .link('lenin-april-turn', 'attacks', 'o-lih-old-bolshevism', 'The text shows Lenin in April having to overcome the leaders who still held to the old formula, which tells against the reading that Old Bolshevism already pointed the party toward October.')
    .assess('lenin1917', 'lenin-april-turn')
    .assess('rabinowitch1976', 'lenin-april-turn')
    .assess('lih-russian-history', 'lenin-april-turn');

  b.claim('la-kerensky', {
    title: 'Kerensky\'s regime was the "democratic dictatorship"',
    text: 'The bankrupt Kerensky regime was the nearest Russia could come to a "democratic dictatorship", and far from being democratic it was preparing a bourgeois and aristocratic counter-revolution.',
    position: 'lenin-april-1917',
    answers: 'february-regime',
  })
    .passage('democratic-dictatorship-p3', 'states', 'la-kerensky')
    .link('la-kerensky', 'attacks', 'democratic-dictatorship', 'If Kerensky\'s regime was the nearest Russia came to a "democratic dictatorship", and it prepared a counter-revolution, events had overtaken the formula.');

  b.corpusClaim('october-not-two-stage', { title: 'October was not a two-stage revolution', position: 'author', answers: 'february-regime' })
    .passage('october-not-two-stage-p1', 'states', 'october-not-two-stage')
    .passage('october-not-two-stage-p2', 'states', 'october-not-two-stage')
    .passage('october-not-two-stage-p3', 'supports', 'october-not-two-stage')
    .contrast('october-not-two-stage', 'support-provisional-government', 'Backing the Provisional Government assumed a bourgeois-democratic stage; the text holds that February brought no democratic reform and October was no second stage.')
    .assess('lenin1917', 'october-not-two-stage')
    .assess('rabinowitch1976', 'october-not-two-stage')
    .assess('figes1996', 'october-not-two-stage');
}

function nationalOrInternational(b: MapBuilder): void {
  b.claim('men-backwardness', {
    title: 'Russia, judged on its own, is too backward',
    text: 'Russia\'s prospects are to be judged by its own development, and its backwardness keeps socialism off the agenda; the text adds that the Mensheviks were not genuine internationalists.',
    position: 'mensheviks',
    answers: 'national-international',
  })
    .line('men-backwardness-p', { line: 212, sentence: 0, begins: 'The Mensheviks, in contrast' }, 'states', 'men-backwardness')
    .assess('getzler1967', 'men-backwardness', { as: 'stages-theory' });

  b.claim('tr-european-revolution', {
    title: 'The revolution can only be completed internationally',
    text: 'A workers\' government in Russia is one part of the socialist revolution in Europe and cannot complete it, or long survive, without the European revolution.',
    position: 'trotsky-1905',
    answers: 'national-international',
  })
    .passage('international-revolution-p1', 'states', 'tr-european-revolution')
    .assess('trotsky1906', 'tr-european-revolution', { as: 'international-revolution' })
    .contrast('tr-european-revolution', 'men-backwardness', 'Trotsky judged Russia\'s prospects as part of the European revolution, the Mensheviks by Russia\'s own development.');

  b.corpusClaim('international-revolution', { title: 'Socialism only as an international revolution', position: 'lenin-april-1917', answers: 'national-international' })
    .line('spur-to-europe', { line: 210, sentence: 1, begins: 'They were convinced' }, 'states', 'international-revolution')
    .passage('international-revolution-p2', 'states', 'international-revolution')
    .passage('international-revolution-p3', 'states', 'international-revolution')
    .contrast('international-revolution', 'men-backwardness', 'The Bolsheviks of 1917 saw October as a spur to revolution in Europe; the Mensheviks judged Russia alone, and found it too backward.');

  b.claim('au-weakest-link', {
    title: 'October broke the weakest link',
    text: 'October defeated world capitalism at its weakest link, not in an advanced centre: the socialist revolution had begun, and the working-class movement internationally had still to complete it.',
    position: 'author',
    answers: 'national-international',
  }).line('weakest-link', { line: 206, sentence: [0, 2], begins: 'Thus a crushing defeat' }, 'states', 'au-weakest-link');
}
