import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reference } from '../../src/domain/schema/reference';

/**
 * Dev-time access to the checked corpus data copied into data/corpus/ (claims with
 * verified passages, CSL-JSON historiography). Only the map-building scripts read it;
 * the app and the CLI read maps/ alone.
 */
export const ROOT = join(import.meta.dirname, '..', '..');

export interface CorpusPassage { id: string; quote: string; line: number }
export interface CorpusClaim {
  id: string;
  title: string;
  statement: string;
  heldBy: string;
  textPosition: 'endorses' | 'rejects' | 'qualifies';
  section: string;
  passages: CorpusPassage[];
  note?: string;
}
export interface CorpusRelation { from: string; to: string; type: 'supports' | 'attacks' | 'contrasts-with'; reason: string }
export interface CorpusWork extends Reference {
  bearsOn?: string[];
  stance?: Record<string, { position: 'supports' | 'challenges' | 'complicates'; note: string }>;
  /** more-works.json: the rival position a participant's work speaks for, by its label in the maps. */
  voices?: string;
}

export function readClaims(): { claims: CorpusClaim[]; relations: CorpusRelation[]; crossChecks: unknown[] } {
  return JSON.parse(readFileSync(join(ROOT, 'data/corpus/claims.json'), 'utf8'));
}

export function readHistoriography(): CorpusWork[] {
  return JSON.parse(readFileSync(join(ROOT, 'data/corpus/historiography.json'), 'utf8'));
}

/** The works added for the scholarship issue (rivals' own writings among them), in the same form. */
export function readMoreWorks(): CorpusWork[] {
  return JSON.parse(readFileSync(join(ROOT, 'data/corpus/more-works.json'), 'utf8'));
}

/** A CSL item as a map reference: the corpus's own bookkeeping fields (and an empty note) left behind. */
export function asReference(work: CorpusWork): Reference {
  const { bearsOn: _b, stance: _s, voices: _v, ...reference } = work;
  if (reference.note === '') delete reference.note;
  return reference;
}
