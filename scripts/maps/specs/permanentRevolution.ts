import type { ArgumentMap } from '../../../src/domain/schema/map';
import { MapBuilder } from '../lib/builder';
import { must, type CorpusIndex } from '../lib/corpusIndex';
import { AUTHOR, COLOURS } from '../lib/palette';
import * as central from './centralClaims';
import { STAGES_AGAINST_PERMANENT } from './centralClaims';
import { DEMOCRATIC_DICTATORSHIP, LENIN_APRIL_TURN, SUPPORT_PROVISIONAL_GOVERNMENT } from './ownTerms';

/**
 * Permanent revolution against the two-stage theory, 1904-1917: six positions answering six
 * questions, so that any two can be compared row by row. Each rival speaks in its own terms
 * where the corpus has its writing (Martynov for the Mensheviks, Lenin's Two Tactics and his
 * article of September 1905, Kamenev's reply to the April Theses, Lenin's Letters on Tactics):
 * the claim is our paraphrase of that work, linked to it. The text's reports of a rival state
 * the rival's claim; its verdicts on a rival ("sided openly with counter-revolution") are the
 * author's claims about that rival, set against it and open to the historians who dispute them.
 */
export function permanentRevolution(corpus: CorpusIndex): ArgumentMap {
  const b = new MapBuilder(corpus, {
    id: 'permanent-revolution',
    title: 'Permanent revolution and the two-stage theory',
    description:
      'Who could lead the Russian revolution, and how far could it go? The Mensheviks\' two stages, Lenin\'s "democratic dictatorship" of 1905, Trotsky\'s permanent revolution of 1904-06, the Bolshevik leaders in Petrograd before Lenin\'s return, Lenin from April 1917 and the text\'s own verdicts, answering the same six questions: each rival in its own words where the corpus has them, the passages where the text reports or judges it, and the historians who weigh them.',
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
    text: 'Each position answers the questions in rows: pick the Mensheviks and any Bolshevik position to compare them side by side. The rivals speak through their own writings where the corpus has them (Martynov, Lenin in 1905 and April 1917, Kamenev); the text\'s verdicts on them, such as its reading of Lenin\'s April turn as reaching Trotsky\'s conclusion, are claims of its author. Lih, Harding, Getzler, Galili, Ascher and Pipes are the main dissenters.',
    links: [
      { map: 'overview', label: 'The whole text at a glance' },
      { map: 'china-1925-27', label: 'The stages abroad, as the text sees them: China 1925-27' },
      { map: 'socialism-in-one-country', label: 'Permanent revolution against socialism in one country' },
    ],
  });

  return b.build({
    maxRowWidth: 6400,
    reorderRows: true,
    rows: [
      { lead: 'n-compare', claims: ['stages-theory', 'men-opposition', 'b05-workers-lead', 'trotsky-proletarian-dictatorship'] },
      { claims: ['b05-democratic-tasks', 'b05-uninterrupted', 'permanent-revolution', 'la-same-conclusion', 'uneven-combined-development'] },
      { claims: ['democratic-dictatorship', 'au-dd-vague', 'bl-old-formula', 'la-old-formula-obsolete', 'la-win-peasants', 'au-peasants-rallied'] },
      { claims: ['b05-liberals-enemy', 'bourgeoisie-cannot-lead'] },
      { claims: ['support-provisional-government', 'au-soviet-leaders', 'bl-stabilise', 'au-march-leaders', 'lenin-april-turn', 'au-kerensky', 'october-not-two-stage'] },
      { claims: ['men-backwardness', 'au-men-overawed', 'tr-european-revolution', 'international-revolution', 'au-weakest-link'] },
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
      description: 'The party leaders before Lenin\'s return from exile, Kamenev and (the text says) Stalin among them.',
    })
    .position({ id: 'lenin-april-1917', label: 'Lenin, from April 1917', color: COLOURS.vermillion, period: 'April to October 1917', from: 1917, description: 'The April Theses and the Letters on Tactics.' })
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
    moreWorks: ['martynov1905', 'lenin1905'],
  });

  // The Menshevik case in its own terms, from the pamphlet Lenin's Two Tactics answers.
  b.claim('men-opposition', {
    title: 'Martynov, 1905: stay in opposition',
    text: 'A workers\' party that took power in a bourgeois revolution would be forced to act against its own class or be swept away, so Social Democracy must stay in opposition and press the bourgeois revolution on from outside the government.',
    position: 'mensheviks',
    answers: ['who-leads', 'socialist-tasks'],
  })
    .assess('martynov1905', 'men-opposition', { as: 'stages-theory' })
    .link('men-opposition', 'supports', 'stages-theory', 'If a workers\' party in power must betray its class or fall, the democratic revolution has to be left to the bourgeoisie to govern.');

  b.claim('b05-workers-lead', {
    title: 'Only the workers\' organisations can lead the peasants',
    text: 'The working class must keep its own independent organisation, and only the workers\' organisations can lead the peasant masses to a revolutionary victory over tsarism.',
    position: 'bolsheviks-1905',
    answers: 'who-leads',
  })
    .line('b05-workers-lead-p', { line: 171, sentence: 0, begins: 'Lenin and Trotsky stood implacably' }, 'states', 'b05-workers-lead')
    .assess('lenin1905', 'b05-workers-lead', { as: 'bourgeoisie-cannot-lead' })
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
    .assess('deutscher1954', 'trotsky-proletarian-dictatorship')
    // Stalin's case against the theory is a case against this formula: it discounts the peasantry.
    .assess('stalin1924a', 'trotsky-proletarian-dictatorship', { as: 'permanent-revolution' });
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

  // Lenin's other answer of 1905, which the text does not report.
  b.claim('b05-uninterrupted', {
    title: 'Lenin, September 1905: an uninterrupted revolution',
    text: 'The party stands for uninterrupted revolution: from the democratic revolution the workers will pass on to the socialist revolution, without stopping halfway.',
    position: 'bolsheviks-1905',
    answers: 'socialist-tasks',
  }).assess('lenin1905b', 'b05-uninterrupted', {
    stance: 'supports',
    note: 'Lenin\'s article in Proletary (September 1905) says the party stands for uninterrupted revolution, passing from the democratic to the socialist revolution; the passage is in this article, not in Two Tactics.',
  });

  central
    .permanentRevolution(b, { position: 'trotsky-1905', answers: 'socialist-tasks', moreWorks: ['deutscher1954', 'ascher1988', 'lenin1905b', 'day-gaido2009'] })
    .passage('permanent-revolution-p1', 'supports', 'permanent-revolution')
    .contrast('permanent-revolution', 'b05-democratic-tasks', 'Permanent revolution holds that the workers, once in power, cannot stop at the democratic tasks to which Lenin\'s formula of 1905 limited the revolution.')
    .contrast('permanent-revolution', 'stages-theory', STAGES_AGAINST_PERMANENT);

  // The text's verdict on Lenin's turn, which the corpus had put under Lenin's own name.
  b.claim('la-same-conclusion', {
    title: 'The text: Lenin reached Trotsky\'s conclusion',
    text: 'Taught by the struggle itself, Lenin came by March 1917 to the conclusion Trotsky had drawn in 1904-06: the workers must take power, and the revolution cannot stop at democratic tasks.',
    position: 'author',
    answers: 'socialist-tasks',
  })
    .sentences('la-same-conclusion-p', 'lenin-april-turn-p1', 0, 'states', 'la-same-conclusion')
    .link('la-same-conclusion', 'supports', 'permanent-revolution', 'The text reads Lenin\'s conclusion of 1917 as the one Trotsky had drawn in 1904-06, and so as a confirmation of permanent revolution.')
    .assess('harding1977', 'la-same-conclusion', { asText: 'lenin-april-turn' })
    .assess('lih-russian-history', 'la-same-conclusion', { asText: 'permanent-revolution' })
    .assess('lenin1905b', 'la-same-conclusion', { asText: 'permanent-revolution' })
    .assess('deutscher1954', 'la-same-conclusion', { asText: 'lenin-april-turn' });

  b.corpusClaim('uneven-combined-development', { title: 'Uneven and combined development', position: 'author', answers: 'socialist-tasks' })
    .passage('uneven-combined-development-p1', 'states', 'uneven-combined-development')
    .passage('uneven-combined-development-p4', 'supports', 'uneven-combined-development')
    .assess('trotsky1932', 'uneven-combined-development')
    .assess('plekhanov1885', 'uneven-combined-development');
}

function workersAndPeasants(b: MapBuilder): void {
  // Lenin's formula as Two Tactics argues it; the text's gloss on it is the author's claim below.
  b.corpusClaim('democratic-dictatorship', {
    title: 'Lenin, 1905: "democratic dictatorship of the proletariat and the peasantry"',
    text: DEMOCRATIC_DICTATORSHIP,
    position: 'bolsheviks-1905',
    answers: 'workers-peasants',
  })
    .assess('lenin1905', 'democratic-dictatorship')
    .assess('lih-russian-history', 'democratic-dictatorship')
    .assess('trotsky1930', 'democratic-dictatorship')
    .contrast('democratic-dictatorship', 'men-opposition', 'Two Tactics answers Martynov: the workers should take part in, and lead, a provisional revolutionary government, not stay in opposition to a bourgeois one.');

  b.claim('au-dd-vague', {
    title: 'The text: a deliberately vague formula',
    text: 'Doubting that the workers\' party could keep the lead over the far more numerous peasants in a revolutionary government, Lenin left the question of which class would lead open, in a deliberately vague formula.',
    position: 'author',
    answers: 'workers-peasants',
  })
    .passage('democratic-dictatorship-p1', 'states', 'au-dd-vague')
    .passage('democratic-dictatorship-p2', 'states', 'au-dd-vague')
    .contrast('au-dd-vague', 'democratic-dictatorship', 'The text\'s reading against the formula as Lenin argued it: an open hedge on who would lead, or a definite strategy of the workers leading a peasant uprising.')
    .assess('lenin1905', 'au-dd-vague', { asText: 'democratic-dictatorship' })
    .assess('lih-russian-history', 'au-dd-vague', { asText: 'democratic-dictatorship' })
    .assess('trotsky1930', 'au-dd-vague', { asText: 'democratic-dictatorship' });

  // Kamenev's reply to the April Theses (Pravda, 8 April 1917), in his terms.
  b.claim('bl-old-formula', {
    title: 'Kamenev: the bourgeois revolution is not finished',
    text: 'Lenin\'s scheme cannot be accepted: it starts from the view that the bourgeois-democratic revolution is finished and counts on its immediate transformation into a socialist one; the party keeps to its old formula.',
    position: 'bolshevik-leaders-march-1917',
    answers: ['workers-peasants', 'socialist-tasks'],
  })
    .assess('kamenev1917', 'bl-old-formula', { stance: 'supports', note: b.corpusNote('kamenev1917', 'lenin-april-turn') })
    .link('bl-old-formula', 'supports', 'democratic-dictatorship', 'The Petrograd leaders held on to Lenin\'s formula of 1905.');

  // Lenin's answer to them, from the Letters on Tactics: the formula had been realised, in the Soviet.
  b.claim('la-old-formula-obsolete', {
    title: 'Lenin, April 1917: the old formula is obsolete',
    text: 'The revolutionary-democratic dictatorship of the proletariat and the peasantry has already been realised, in a peculiar form, in the Soviet of Workers\' and Soldiers\' Deputies beside the bourgeois Provisional Government: dual power. The old formula is obsolete.',
    position: 'lenin-april-1917',
    answers: ['workers-peasants', 'february-regime'],
  })
    .sentences('lenin-against-formula', 'lenin-april-turn-p1', 1, 'states', 'la-old-formula-obsolete')
    .assess('lenin1917b', 'la-old-formula-obsolete', { stance: 'supports', note: b.corpusNote('lenin1917b', 'lenin-april-turn') })
    .link('la-old-formula-obsolete', 'attacks', 'bl-old-formula', 'Lenin answered the leaders who still applied the old formula: events had realised it, in the Soviet, and gone past it.');

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
    .link('trotsky-proletarian-dictatorship-p1', 'attacks', 'o-stalin-peasantry')
    .assess('radkey1950', 'au-peasants-rallied', { stance: 'challenges', note: must(b.corpus.work('radkey1950').note, 'radkey1950 has no note') });
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
    .passage('bourgeoisie-cannot-lead-p3', 'states', 'bourgeoisie-cannot-lead')
    .assess('rosenberg1974', 'bourgeoisie-cannot-lead');
  central.ascherOnLiberals(b);
}

function februaryRegime(b: MapBuilder): void {
  // The soviet majority's case as Galili reconstructs it; the text's condemnation of it is the author's claim below.
  b.corpusClaim('support-provisional-government', {
    title: 'Back the Provisional Government, then join it',
    text: SUPPORT_PROVISIONAL_GOVERNMENT,
    position: 'mensheviks',
    answers: ['february-regime', 'liberal-bourgeoisie'],
  })
    .contrast('support-provisional-government', 'b05-liberals-enemy', 'In 1917 the Mensheviks backed the liberals\' government, which the Bolsheviks had long expected to turn against the revolution.')
    .assess('galili1989', 'support-provisional-government')
    .assess('getzler1967', 'support-provisional-government')
    .assess('trotsky1932', 'support-provisional-government')
    .assess('lenin1917', 'support-provisional-government');

  b.claim('au-soviet-leaders', {
    title: 'The text: the soviet leaders halted the revolution',
    text: 'The Menshevik and Socialist Revolutionary leaders who controlled the soviets struggled only to halt the revolution: they propped up what was left of the old state and handed power to the liberal bourgeoisie.',
    position: 'author',
    answers: 'february-regime',
  })
    .passage('support-provisional-government-p1', 'states', 'au-soviet-leaders')
    .passage('support-provisional-government-p2', 'states', 'au-soviet-leaders')
    .link('au-soviet-leaders', 'attacks', 'support-provisional-government', 'The text condemns the soviet majority\'s support for the Provisional Government as a brake on the revolution.')
    .assess('galili1989', 'au-soviet-leaders', { asText: 'support-provisional-government' })
    .assess('getzler1967', 'au-soviet-leaders', { asText: 'support-provisional-government' });

  // The Petrograd leaders' line before Lenin's return, as Burdzhalov documents it.
  b.claim('bl-stabilise', {
    title: 'Conditional support for the Provisional Government',
    text: 'Until Lenin\'s return the party\'s leaders in Petrograd gave the Provisional Government conditional support, pressing it from the soviets rather than calling for its overthrow.',
    position: 'bolshevik-leaders-march-1917',
    answers: ['february-regime', 'socialist-tasks'],
  })
    .assess('burdzhalov1987', 'bl-stabilise', { as: 'support-provisional-government' })
    .assess('lih-russian-history', 'bl-stabilise', { as: 'support-provisional-government' });

  b.claim('au-march-leaders', {
    title: 'The text: the March leaders leaned to the Mensheviks',
    text: 'Confused by the pace of events, some Bolshevik leaders, Stalin among them, leaned before Lenin\'s return towards the Menshevik policy of stabilising the democratic revolution on a capitalist basis, a course that could only have let reaction recover.',
    position: 'author',
    answers: 'february-regime',
  })
    .passage('support-provisional-government-p3', 'states', 'au-march-leaders')
    .link('au-march-leaders', 'attacks', 'bl-stabilise', 'The text reads the leaders\' conditional support as the Menshevik policy of stabilising a bourgeois republic.')
    .assess('lih-russian-history', 'au-march-leaders', { asText: 'support-provisional-government' })
    .assess('burdzhalov1987', 'au-march-leaders', { asText: 'support-provisional-government' });

  b.corpusClaim('lenin-april-turn', {
    title: 'April 1917: no support for the Provisional Government',
    text: LENIN_APRIL_TURN,
    position: 'lenin-april-1917',
    answers: 'february-regime',
  })
    .passage('lenin-april-turn-p2', 'states', 'lenin-april-turn')
    .passage('lenin-april-turn-p3', 'supports', 'lenin-april-turn')
    .contrast('lenin-april-turn', 'bl-stabilise', 'Lenin\'s April line of no support for the Provisional Government reversed the policy of the leaders in Petrograd.')
    .assess('lenin1917', 'lenin-april-turn')
    .assess('lenin1917b', 'lenin-april-turn')
    .assess('trotsky1932', 'lenin-april-turn')
    .assess('rabinowitch1976', 'lenin-april-turn')
    .assess('lih-russian-history', 'lenin-april-turn')
    .assess('kamenev1917', 'lenin-april-turn')
    .assess('harding1977', 'lenin-april-turn');

  // The text ascribes this to Lenin; his Letters on Tactics say otherwise, and Kerensky led the government only from July.
  b.claim('au-kerensky', {
    title: 'The text: Kerensky\'s regime was the "democratic dictatorship"',
    text: 'The bankrupt regime of Kerensky was the nearest Russia could come to the "democratic dictatorship", and far from being democratic it was preparing bourgeois and aristocratic counter-revolution; the text says Lenin was soon to point this out.',
    position: 'author',
    answers: 'february-regime',
  })
    .passage('democratic-dictatorship-p3', 'states', 'au-kerensky')
    .link('au-kerensky', 'attacks', 'democratic-dictatorship', 'If Kerensky\'s regime was the nearest Russia came to a "democratic dictatorship", and it prepared a counter-revolution, events had overtaken the formula.')
    .contrast('au-kerensky', 'la-old-formula-obsolete', 'Where the democratic dictatorship had been realised: in the Soviet beside the Provisional Government, as Lenin wrote in April 1917, or in Kerensky\'s regime, as the text has him say.')
    .assess('lenin1917b', 'au-kerensky', {
      stance: 'challenges',
      note: 'Lenin\'s Letters on Tactics (8-13 April 1917) say the democratic dictatorship had been realised, in a peculiar form, in the Soviet beside the bourgeois Provisional Government; they do not ascribe it to Kerensky\'s regime, and Kerensky became head of the government only in July 1917.',
    });

  b.corpusClaim('october-not-two-stage', { title: 'October was not a two-stage revolution', position: 'author', answers: 'february-regime' })
    .passage('october-not-two-stage-p1', 'states', 'october-not-two-stage')
    .passage('october-not-two-stage-p2', 'states', 'october-not-two-stage')
    .passage('october-not-two-stage-p3', 'supports', 'october-not-two-stage')
    .contrast('october-not-two-stage', 'support-provisional-government', 'Backing the Provisional Government assumed a bourgeois-democratic stage; the text holds that February brought no democratic reform and October was no second stage.')
    .assess('lenin1917', 'october-not-two-stage')
    .assess('rabinowitch1976', 'october-not-two-stage')
    .assess('smith1983', 'october-not-two-stage')
    .assess('figes1996', 'october-not-two-stage')
    .assess('wade2000', 'october-not-two-stage');
}

function nationalOrInternational(b: MapBuilder): void {
  // The Menshevik premise in its own terms (Plekhanov's, which Menshevism inherited); the text's verdict on it follows.
  b.claim('men-backwardness', {
    title: 'Russia, judged on its own, is not ripe for socialism',
    text: 'Russia\'s prospects are to be judged by its own development: a backward country on the eve of a bourgeois revolution cannot make a socialist one, and a socialist seizure of power before capitalism has matured would end badly.',
    position: 'mensheviks',
    answers: 'national-international',
  })
    .assess('plekhanov1885', 'men-backwardness', { as: 'stages-theory' })
    .assess('getzler1967', 'men-backwardness', { as: 'stages-theory' });

  b.claim('au-men-overawed', {
    title: 'The text: overawed by backwardness, the Mensheviks ended in counter-revolution',
    text: 'Not genuine internationalists, the Mensheviks were overawed by Russia\'s backwardness considered on its own; this led them to stages, to reformism, to keeping Russia in the war and at last to open counter-revolution.',
    position: 'author',
    answers: 'national-international',
  })
    .line('men-backwardness-p', { line: 212, sentence: 0, begins: 'The Mensheviks, in contrast' }, 'states', 'au-men-overawed')
    .passage('stages-theory-p4', 'states', 'au-men-overawed')
    .link('au-men-overawed', 'attacks', 'men-backwardness', 'The text explains the Menshevik premise as a failure of internationalism, and judges it by where it led in 1917.')
    .assess('getzler1967', 'au-men-overawed', { asText: 'stages-theory' })
    .assess('galili1989', 'au-men-overawed', { asText: 'stages-theory' })
    .assess('haimson1955', 'au-men-overawed', { asText: 'stages-theory' });

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
    .contrast('international-revolution', 'men-backwardness', 'The Bolsheviks of 1917 saw October as a spur to revolution in Europe; the Mensheviks judged Russia alone, and found it too backward.')
    .assess('stalin1924b', 'international-revolution')
    .assess('bukharin1926', 'international-revolution');

  b.claim('au-weakest-link', {
    title: 'October broke the weakest link',
    text: 'October defeated world capitalism at its weakest link, not in an advanced centre: the socialist revolution had begun, and the working-class movement internationally had still to complete it.',
    position: 'author',
    answers: 'national-international',
  }).line('weakest-link', { line: 206, sentence: [0, 2], begins: 'Thus a crushing defeat' }, 'states', 'au-weakest-link');
}
