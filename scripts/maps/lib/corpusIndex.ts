import type { Reference } from '../../../src/domain/schema/reference';
import { readClaims, readHistoriography, readMoreWorks, type CorpusClaim, type CorpusRelation, type CorpusWork } from '../../lib/corpus';
import { PassageCutter } from './passages';

export interface ScholarlyFigure {
  figure: string;
  source: { ref: string } | { citation: string | Reference };
  note: string;
}

/** A check of one of the text's figures against scholarship (claims.json `crossChecks`). */
export interface CrossCheck {
  id: string;
  claimIds: string[];
  topic: string;
  textPassages: { quote: string; line: number }[];
  textFigure: string;
  scholarlyFigures: ScholarlyFigure[];
  assessment: string;
}

/** The checked corpus (claims, historiography.json and more-works.json), indexed by id, with the passage cutter over the source. */
export class CorpusIndex {
  readonly claims = new Map<string, CorpusClaim>();
  readonly works = new Map<string, CorpusWork>();
  readonly relations: readonly CorpusRelation[];
  readonly crossChecks = new Map<string, CrossCheck>();
  readonly cutter: PassageCutter;

  constructor() {
    const data = readClaims();
    for (const c of data.claims) this.claims.set(c.id, c);
    for (const w of [...readHistoriography(), ...readMoreWorks()]) {
      if (this.works.has(w.id)) throw new Error(`corpus work ${w.id} is listed twice`);
      this.works.set(w.id, w);
    }
    for (const x of data.crossChecks as CrossCheck[]) this.crossChecks.set(x.id, x);
    this.relations = data.relations;
    this.cutter = new PassageCutter(data.claims);
  }

  claim(id: string): CorpusClaim {
    return must(this.claims.get(id), `no corpus claim ${id}`);
  }

  work(id: string): CorpusWork {
    return must(this.works.get(id), `no corpus work ${id}`);
  }

  crossCheck(id: string): CrossCheck {
    return must(this.crossChecks.get(id), `no cross-check ${id}`);
  }

  /** A scholarly figure of a cross-check, found by the reference or citation it rests on. */
  figure(crossCheckId: string, pick: (f: ScholarlyFigure) => boolean): ScholarlyFigure {
    return must(this.crossCheck(crossCheckId).scholarlyFigures.find(pick), `no such figure in ${crossCheckId}`);
  }
}

let shared: CorpusIndex | undefined;
/** The corpus is read once per process; every map spec shares it. */
export function corpusIndex(): CorpusIndex {
  shared ??= new CorpusIndex();
  return shared;
}

export function must<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}
