import type { Stance } from '../schema/edge';
import type { Position } from '../schema/position';
import type { Question } from '../schema/question';

/** A comparison sets 2 to 5 positions side by side: fewer is not a comparison, more no longer reads as a table. */
export const MIN_COMPARED_POSITIONS = 2;
export const MAX_COMPARED_POSITIONS = 5;

/** A claim (or objection) as a cell shows it, so views and exports need not look it up again. */
export interface HeldClaim {
  readonly id: string;
  readonly kind: 'claim' | 'objection';
  /** The short label (title, else text). */
  readonly label: string;
  readonly text: string;
  readonly central: boolean;
  /** Every question the claim answers, so a view can mark one that answers several. */
  readonly answers: readonly string[];
}

/** The quotation a cell shows for its claims; see `strongestPassage` for how it is chosen. */
export interface CellPassage {
  readonly id: string;
  readonly quote: string;
  /** The claim of the cell the passage is attached to. */
  readonly claimId: string;
  readonly relation: 'states' | 'supports';
  /** The passage only matches its source approximately (or not at all) and needs a person's review. */
  readonly needsReview: boolean;
}

/** What one position says on one question: a cell of the matrix. */
export interface ComparisonCell {
  readonly positionId: string;
  readonly questionId: string;
  /**
   * The claims and objections the position holds that answer the question, central ones
   * first, then in map order. Empty means "no stated position", which is shown, not hidden.
   */
  readonly claims: readonly HeldClaim[];
  readonly stated: boolean;
  readonly passage: CellPassage | null;
  /** Every passage that states or supports one of the cell's claims, strongest first. */
  readonly passageIds: readonly string[];
  /** Nodes that attack one of the cell's claims (the cell's own claims excepted). */
  readonly objectionIds: readonly string[];
  /** Works assessing the cell's claims, by the stance they take. */
  readonly works: Readonly<Record<Stance, readonly string[]>>;
}

/** A direct edge between the claims of two positions that bears on whether they agree. */
export interface AgreementLink {
  readonly edgeId: string;
  readonly relation: 'supports' | 'contrasts' | 'attacks';
  readonly from: string;
  readonly to: string;
}

/**
 * How two positions stand on one question:
 * - `agree`: they hold a claim in common or their claims are joined by `supports` only;
 * - `disagree`: their claims are joined by `contrasts` or `attacks` (either way) only;
 * - `mixed`: both kinds of evidence (e.g. one claim supports, another contrasts);
 * - `no-engagement`: both answer, but no claim of one is linked to a claim of the other;
 * - `unanswered`: one or both state no position, so there is nothing to compare.
 */
export type PairStatus = 'agree' | 'disagree' | 'mixed' | 'no-engagement' | 'unanswered';

export interface PairAgreement {
  /** Position ids, in column order. */
  readonly a: string;
  readonly b: string;
  readonly status: PairStatus;
  /** Claims both positions hold. */
  readonly shared: readonly string[];
  readonly links: readonly AgreementLink[];
}

/**
 * How the chosen positions stand on one question, summarising the pairs of positions that
 * both answer it (pairs with a silent side do not count, but are kept for the view):
 * - `mixed`: some evidence of agreement and some of disagreement among those pairs;
 * - `disagree` / `agree`: only evidence of that kind (other pairs may not engage);
 * - `no-engagement`: two or more positions answer, but no pair is linked;
 * - `one-sided`: only one position answers; `unanswered`: none does.
 */
export type QuestionStatus = 'agree' | 'disagree' | 'mixed' | 'no-engagement' | 'one-sided' | 'unanswered';

export interface QuestionAgreement {
  readonly status: QuestionStatus;
  /** Positions that state an answer, and those that do not (partial coverage), in column order. */
  readonly answered: readonly string[];
  readonly missing: readonly string[];
  /** Every pair of chosen positions, in column order: (1,2), (1,3), ... (2,3), ... */
  readonly pairs: readonly PairAgreement[];
  /** One line for a reader, naming who disagrees with whom and who is silent. */
  readonly summary: string;
}

export interface ComparisonRow {
  readonly question: Question;
  /** One cell per chosen position, in the order of `Comparison.positions`. */
  readonly cells: readonly ComparisonCell[];
  readonly agreement: QuestionAgreement;
}

export interface OverallAgreement {
  readonly questions: number;
  readonly counts: Readonly<Record<QuestionStatus, number>>;
  /** Questions with any disagreement (`disagree` or `mixed`). */
  readonly disagreeing: number;
  /** e.g. "Disagree on 4 of 6 questions (1 in part); agree on 1; 1 answered by one position only." */
  readonly line: string;
}

export interface Comparison {
  readonly mapId: string;
  readonly mapTitle: string;
  /** The chosen positions: the columns, in the order they were chosen. */
  readonly positions: readonly Position[];
  /** One row per question of the map, in map order. */
  readonly rows: readonly ComparisonRow[];
  readonly overall: OverallAgreement;
}
