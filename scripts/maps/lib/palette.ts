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
  // The source names no author and no date; it speaks of "present-day ‘detente’" (line 536).
  period: 'the text, written in the era of détente',
  description: 'The unnamed author of The Russian Revolution and the Rise of Stalinism, who argues from the tradition of Trotsky and the Left Opposition.',
} as const;
