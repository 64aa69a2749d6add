/**
 * Paraphrases that replace the corpus statement of a claim wherever the map shows it, because
 * the corpus statement mixes the holder's claim with the text's verdict on it (the formula
 * "left open", the April turn "reaching Trotsky's conclusion") or states the text's figure as
 * fact. Each is our wording of the holder's own work as the corpus describes it (the note
 * says which), or, for the author's claims, of the text with its figure attributed.
 */

/** Two Tactics (1905) as the corpus reads it: a definite strategy, not the hedge the text describes. */
export const DEMOCRATIC_DICTATORSHIP =
  'The workers, leading a peasant uprising, should overthrow the autocracy and set up a provisional revolutionary government, the "democratic dictatorship of the proletariat and the peasantry", to carry the democratic revolution through; its social content remains bourgeois.';

/** The April Theses (7 April 1917) as the corpus reads them, with the "two stages" Lenin himself spoke of. */
export const LENIN_APRIL_TURN =
  'On his return in April 1917 Lenin called for no support for the Provisional Government and all power to the soviets: the party must break with the liberal bourgeoisie, and the revolution pass from its first stage, which put power in bourgeois hands, to a second that gives it to the workers and the poorest peasants.';

/** The soviet majority's case as Galili reconstructs it (coalition, revolutionary defencism). */
export const SUPPORT_PROVISIONAL_GOVERNMENT =
  'After February the soviet majority should back the Provisional Government, and then join it in coalition, as the way to hold together the classes that made the revolution, while defending the revolution in the war.';

/** Bukharin's line as his Building Up Socialism (1926) and Cohen present it: gradual, peasant-paced, with real support. */
export const NEP_LINE =
  'Socialism is to be built gradually, at the peasants\' pace: a prospering peasant economy, the better-off peasants included, trading with state industry through the market, is to pay for industrial growth and keep the alliance of workers and peasants.';

/** The text's claim on collectivisation ("an estimated 20 million dead"), the figure given as the author's. */
export const FORCED_COLLECTIVISATION =
  'The five-year plans took up the Opposition\'s programme in a brutal, distorted form, and forced collectivisation cost the peasantry, by the text\'s estimate, 20 million lives through famine, deportation and killing.';
