/**
 * The Okabe-Ito palette, safe for the common colour-vision deficiencies. Its yellow
 * (#F0E442) is left out on purpose: the canvas prints a position's label in white on its
 * colour, and white on that yellow is unreadable. That leaves seven colours, so no map
 * has more than seven positions.
 */
export const COLOURS = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** The text's author is the same position, in the same colour, on every map. */
export const AUTHOR = {
  id: 'author',
  label: 'The text\'s author',
  color: COLOURS.blue,
  // The source names no author and no date; see TEXT_WRITTEN_BY.
  period: 'the text, written in the late 1970s',
  description: 'The unnamed author of The Russian Revolution and the Rise of Stalinism, who argues from the tradition of Trotsky and the Left Opposition.',
} as const;

/**
 * The latest year the text can have been written. It names no date, but says Franco's
 * dictatorship "lasted almost 40 years" (so after his death in 1975) and speaks of
 * "present-day ‘detente’" (line 536), which was over by 1980. A work issued after this
 * year is one the text cannot be answering.
 */
export const TEXT_WRITTEN_BY = 1980;
