import type { PairStatus, QuestionStatus } from '../../domain/compare';

/** How a status looks: a glyph and a word, so it reads without colour; the tone only adds colour. */
export interface StatusLook {
  readonly glyph: string;
  readonly label: string;
  readonly tone: 'agree' | 'disagree' | 'mixed' | 'quiet';
}

export const QUESTION_STATUS: Readonly<Record<QuestionStatus, StatusLook>> = {
  agree: { glyph: '=', label: 'Agree', tone: 'agree' },
  disagree: { glyph: '≠', label: 'Disagree', tone: 'disagree' },
  mixed: { glyph: '±', label: 'Mixed', tone: 'mixed' },
  'no-engagement': { glyph: '⋯', label: 'No engagement', tone: 'quiet' },
  'one-sided': { glyph: '◐', label: 'One-sided', tone: 'quiet' },
  unanswered: { glyph: '∅', label: 'Unanswered', tone: 'quiet' },
};

/**
 * How an answer stands to an earlier one, as the timeline marks it, followed by that
 * position's name: a break with the answer just before is where the debate turned.
 */
export const STEP_STATUS: Readonly<Record<Exclude<PairStatus, 'unanswered'>, StatusLook>> = {
  agree: { glyph: '=', label: 'Agrees with', tone: 'agree' },
  disagree: { glyph: '↯', label: 'Breaks with', tone: 'disagree' },
  mixed: { glyph: '±', label: 'Partly breaks with', tone: 'mixed' },
  'no-engagement': { glyph: '⋯', label: 'No link to', tone: 'quiet' },
};

/** Statuses in the order the overall tally lists them: disagreement first, silence last. */
export const STATUS_ORDER: readonly QuestionStatus[] = ['disagree', 'mixed', 'agree', 'no-engagement', 'one-sided', 'unanswered'];
