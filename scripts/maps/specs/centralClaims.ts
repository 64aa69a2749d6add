import type { Objection } from '../../../src/domain/schema/objection';
import type { MapBuilder } from '../lib/builder';

/**
 * The four claims the product is about, each with the evidence a central claim needs: at
 * least three passages that state or support it, at least two objections (from rivals in
 * the text and from historians) with the rebuttals the text gives, and at least three works
 * that assess it, one of which challenges or complicates it. Every map that has one of them
 * adds it through this kit, so the claim reads the same and meets the counts everywhere.
 */
interface Placement {
  readonly position: string;
  readonly answers: string | string[];
  readonly title?: string;
  /** Works beyond the kit's three that assess the claim in this map. */
  readonly moreWorks?: readonly string[];
  /** Two objections rather than three, for the overview, which must stay readable at a glance. */
  readonly brief?: boolean;
  /**
   * The questions each of the kit's objections answers, by objection id. An objection held by
   * a position is that position's answer to a question of the map, and the comparison counts
   * it only through `answers`, so the kit refuses one with a position and no answers.
   */
  readonly objectionAnswers?: Readonly<Record<string, string | string[]>>;
}

/** An objection of the kit, with the answers the map gives it when a position holds it. */
function objection(b: MapBuilder, at: Placement, id: string, fields: Omit<Objection, 'id' | 'kind' | 'answers'>, attacks: string): MapBuilder {
  const answers = at.objectionAnswers?.[id];
  if (fields.position && !answers) throw new Error(`${id} is held by ${fields.position} but answers no question of this map`);
  if (!fields.position && answers) throw new Error(`${id} is held by no position, so it cannot answer a question`);
  return b.objection(id, { ...fields, ...(answers ? { answers } : {}) }, attacks);
}

/** Why the two central claims of 1905 are rivals, wherever a map sets them side by side. */
export const STAGES_AGAINST_PERMANENT =
  'Rival answers to whether the revolution can pass over to socialist tasks: a separate bourgeois stage first, or an uninterrupted passage under the workers\' power.';

export function stagesTheory(b: MapBuilder, at: Placement & { leninPosition?: string }): MapBuilder {
  const id = 'stages-theory';
  // The text's reports of the Menshevik view, premise and conclusion apart. Its verdict on the
  // Mensheviks (line 212: "sided openly with counter-revolution") is the author's claim about
  // them, never their own statement: see the permanent-revolution map.
  b.corpusClaim(id, { title: at.title ?? 'Two stages: the liberal bourgeoisie leads, socialism waits', position: at.position, answers: at.answers, central: true })
    .sentences('stages-theory-tasks', 'stages-theory-p1', [0, 1], 'states', id)
    .sentences('stages-theory-liberals-lead', 'stages-theory-p1', 2, 'states', id)
    .passage('stages-theory-p2', 'states', id);
  objection(b, at, 'o-lenin-liberals', {
    title: 'Lenin, 1905: the liberals will bargain with tsarism',
    text: 'The liberal bourgeoisie is inconsistent and will seek a deal with the tsar, so the workers must lead the peasantry rather than defer to the liberals.',
    ...(at.leninPosition ? { position: at.leninPosition } : {}),
    ref: 'lenin1905',
  }, id);
  objection(b, at, 'o-lowy-defeats', {
    title: 'Löwy: stagist strategies ended in defeats',
    text: 'Strategies that asked the workers to wait behind a "progressive" bourgeoisie led Communist movements to defeat, from China to Spain.',
    ref: 'lowy1981',
  }, id);
  return assessAll(b, id, ['plekhanov1885', 'lowy1981', 'galili1989', ...(at.moreWorks ?? [])]);
}

export function permanentRevolution(b: MapBuilder, at: Placement & { stalinPosition?: string }): MapBuilder {
  const id = 'permanent-revolution';
  b.corpusClaim(id, { title: at.title ?? 'Permanent revolution', position: at.position, answers: at.answers, central: true })
    .passage('permanent-revolution-p2', 'states', id)
    .passage('permanent-revolution-p3', 'states', id)
    .passage('permanent-revolution-p4', 'supports', id);
  objection(b, at, 'o-stalin-peasantry', {
    title: 'Stalin, 1924: it underestimates the peasantry',
    text: 'Permanent revolution is a kind of Menshevism: it discounts the peasantry as an ally of the workers and breeds hopelessness about the Soviet republic.',
    ...(at.stalinPosition ? { position: at.stalinPosition } : {}),
    ref: 'stalin1924b',
  }, id).line('no-fatalism', { line: 214, sentence: 2, begins: 'But there was not a grain' }, 'attacks', 'o-stalin-peasantry');
  objection(b, at, 'o-pipes-intelligentsia', {
    title: 'Pipes: an intelligentsia\'s seizure of power',
    text: 'The seizure of power expressed the ambitions of a radical intelligentsia, not a class logic of combined development; October was a coup rather than a workers\' revolution.',
    ref: 'pipes1990',
  }, id).lineAgainstLater(
    'ferment-armed-forces',
    { line: 195, sentence: 0, begins: 'Such was the revolutionary ferment' },
    'o-pipes-intelligentsia',
    'The text has the soldiers and sailors taking part in the insurrection and the overwhelming majority backing it, where Pipes sees a coup.',
  );
  if (!at.brief) {
    objection(b, at, 'o-lih-old-bolshevism', {
      title: 'Lih: Old Bolshevism, not Trotsky, won 1917',
      text: 'The Bolsheviks did not need Trotsky\'s theory in 1917: Old Bolshevism already pointed toward overthrowing the Provisional Government, and the party\'s message stayed close to it.',
      ref: 'lih-russian-history',
    }, id);
  }
  return assessAll(b, id, ['trotsky1906', 'lih-russian-history', 'pipes1990', ...(at.moreWorks ?? [])]);
}

export function socialismInOneCountry(b: MapBuilder, at: Placement & { oppositionPosition?: string }): MapBuilder {
  const id = 'socialism-in-one-country';
  b.corpusClaim(id, { title: at.title ?? 'Socialism in one country', position: at.position, answers: at.answers, central: true })
    .passage('socialism-in-one-country-p1', 'states', id)
    .line('sioc-claimed', { line: 292, sentence: 0, begins: 'Could ‘socialism’' }, 'states', id)
    // What the doctrine could stand on, as the text grants it: the revolution had been made.
    .line('sioc-premise', { line: 292, sentence: [1, 2], begins: 'The country had certainly' }, 'supports', id)
    .passage('socialism-in-one-country-p2', 'attacks', id);
  objection(b, at, 'o-stalin-first-edition', {
    title: 'Stalin\'s own first edition denied it',
    text: 'The first edition of Stalin\'s Foundations of Leninism (1924) still held that the final victory of socialism in a peasant country needed the efforts of the workers of several advanced countries; he rewrote the passage within the year.',
    ref: 'stalin1924a',
  }, id);
  if (!at.brief) {
    objection(b, at, 'o-socialist-state', {
      title: 'A "socialist state" is a contradiction',
      text: 'In Lenin\'s State and Revolution the workers\' state begins to wither away as soon as the workers take power, which needs workers\' democracy; a "socialist state" ruled by a bureaucracy contradicts that account.',
      position: 'author',
      ref: 'lenin1918',
    }, id)
      .line('withering-away', { line: 302, sentence: [1, 2], begins: 'This process of withering away' }, 'states', 'o-socialist-state')
      .passage('socialism-in-one-country-p3', 'states', 'o-socialist-state');
  }
  objection(b, at, 'o-not-achieved', {
    title: 'Trotsky, 1936: socialism had not been achieved',
    text: 'The official claim that socialism had been achieved was false: the USSR remained a society in transition, its road to socialism blocked by the delay of revolution abroad and by the rule of the bureaucracy.',
    ...(at.oppositionPosition ? { position: at.oppositionPosition } : {}),
    ref: 'trotsky1937',
  }, id).passage('degenerated-workers-state-p2', 'states', 'o-not-achieved');
  return assessAll(b, id, ['stalin1924b', 'carr1958', 'trotsky1937', ...(at.moreWorks ?? [])]);
}

export function popularFront(b: MapBuilder, at: Placement): MapBuilder {
  const id = 'popular-front';
  // The text's report of the tactic, and the elections the fronts won; its judgement of the turn
  // ("a sharp turn to the right", line 423) is the author's, on the popular-front map.
  b.corpusClaim(id, { title: at.title ?? 'The popular front', position: at.position, answers: at.answers, central: true, text: POPULAR_FRONT })
    .passage('popular-front-p2', 'states', id)
    .passage('popular-front-p3', 'states', id)
    .line('pf-spain-elected', { line: 446, sentence: 1, begins: 'In February 1936 the Popular Front' }, 'supports', id)
    .line('pf-france-elected', { line: 465, sentence: 0, begins: 'In May 1936 the coalition' }, 'supports', id);
  objection(b, at, 'o-marx-1850', {
    title: 'Against Marx and Engels\' advice of 1850',
    text: 'Marx and Engels warned the workers in 1850 never to dissolve into one broad democratic party in which their own demands are kept quiet; the popular front does exactly that.',
    position: 'author',
    ref: 'marx-engels1850',
  }, id).passage('popular-front-critique-p1', 'states', 'o-marx-1850');
  objection(b, at, 'o-claudin-diplomacy', {
    title: 'Claudín: shaped by Moscow\'s diplomacy',
    text: 'The popular-front line was shaped by Soviet diplomacy more than by the chances of revolution in the countries where it was applied.',
    ref: 'claudin1975',
  }, id);
  if (!at.brief) {
    objection(b, at, 'o-bolloten-diplomacy', {
      title: 'Bolloten: a façade serving Soviet diplomacy',
      text: 'In Spain the Communists defended a moderate republican façade as a deliberate strategy serving Soviet diplomacy, reining in a deep revolution in the Republican zone.',
      ref: 'bolloten1991',
    }, id);
  }
  // Dimitrov's report is the popular front's own case: the front defended in its own terms wherever it is central.
  return assessAll(b, id, ['dimitrov1935', 'claudin1975', 'jackson1988', 'bolloten1991', ...(at.moreWorks ?? [])]);
}

/** The popular front in its own terms, as Dimitrov's report made the case for it (the corpus's note on it). */
const POPULAR_FRONT =
  'To stop fascism, the workers\' parties should build a broad anti-fascist people\'s front, non-proletarian parties (the liberals among them) included, to defend democracy, on a programme that leaves bourgeois property alone.';

/** Ascher's objection to the text's claim that the bourgeoisie cannot lead, used wherever that claim stands against the stages theory. */
export function ascherOnLiberals(b: MapBuilder): MapBuilder {
  return b
    .objection('o-ascher-liberals', {
      title: 'Ascher: liberals led the 1905 opposition',
      text: 'Liberals stood at the centre of the 1905 opposition, and the outcome came from missed compromises between government and opposition rather than a simple liberal betrayal.',
      ref: 'ascher1988',
    }, 'bourgeoisie-cannot-lead')
    .assess('ascher1988', 'bourgeoisie-cannot-lead');
}

function assessAll(b: MapBuilder, claimId: string, refs: readonly string[]): MapBuilder {
  for (const ref of refs) b.assess(ref, claimId);
  return b;
}
