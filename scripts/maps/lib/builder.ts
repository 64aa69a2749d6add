import type { Claim } from '../../../src/domain/schema/claim';
import type { Edge, Relation, Stance } from '../../../src/domain/schema/edge';
import type { ArgumentMap } from '../../../src/domain/schema/map';
import type { MapNode } from '../../../src/domain/schema/node';
import type { Note } from '../../../src/domain/schema/note';
import type { Objection } from '../../../src/domain/schema/objection';
import type { Passage } from '../../../src/domain/schema/passage';
import type { Position } from '../../../src/domain/schema/position';
import { referenceAuthorNames, referenceYear, type Reference } from '../../../src/domain/schema/reference';
import { stanceTowardClaim } from '../../../src/domain/stance';
import { asReference } from '../../lib/corpus';
import { must, type CorpusIndex } from './corpusIndex';
import { layoutMap, type LayoutPlan } from './layout';
import { TEXT_WRITTEN_BY } from './palette';
import { SOURCE_FILE, SOURCE_ID } from './passages';
import { pinpointOf, WHEN } from './pinpoints';

export interface MapHead {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

type ClaimFields = Pick<Claim, 'position' | 'answers' | 'central' | 'title'> & { text?: string };
type PassageRelation = Extract<Relation, 'states' | 'supports' | 'attacks'>;
type Reading = { as?: string } | { asText: string } | { stance: Stance; note: string };

/** The start of the note on a link from the text to an objection drawn from a later work. */
export const LATER_REPLY = 'Written before';

/** "Written before Pipes (1990), the text is not answering this work: ..." */
function laterReplyNote(work: Reference, year: number): string {
  const [author] = referenceAuthorNames(work);
  return `${LATER_REPLY} ${author ?? work.title} (${year}), the text is not answering this work: the link sets the text's own position against the later argument.`;
}

/**
 * The id of the work node for one reading: a work assessing several claims of a map has a
 * node beside each of them (the nodes share the reference), so no link crosses the map.
 */
export const workId = (ref: string, claimId: string) => `w-${ref}--${claimId}`;

/**
 * Builds one map from a spec: claims, passages and works come from the checked corpus (the
 * claim paraphrases, the quotes cut from the source, the CSL items and their stances), and
 * every id is checked as it is used, so a spec mistake fails the build rather than the map.
 */
export class MapBuilder {
  private readonly positions: Position[] = [];
  private readonly questions: { id: string; text: string }[] = [];
  private readonly references = new Map<string, Reference>();
  private readonly nodes = new Map<string, MapNode>();
  private readonly edges = new Map<string, Edge>();

  constructor(
    readonly corpus: CorpusIndex,
    private readonly head: MapHead,
  ) {}

  position(p: Position): this {
    this.positions.push(p);
    return this;
  }

  question(id: string, text: string): this {
    this.questions.push({ id, text });
    return this;
  }

  /** A corpus claim under its corpus id, its paraphrase as text unless the spec words it for this map. */
  corpusClaim(id: string, fields: ClaimFields): this {
    const c = this.corpus.claim(id);
    return this.claim(id, { title: c.title, ...fields, text: fields.text ?? c.statement });
  }

  /** A claim the corpus lacks, worded for this map; its passages must show the text reports it. */
  claim(id: string, fields: ClaimFields & { text: string }): this {
    const { text, ...rest } = fields;
    return this.add({ id, kind: 'claim', text, ...rest });
  }

  /** An objection (our paraphrase, attributed) and the nodes it attacks. */
  objection(id: string, fields: Omit<Objection, 'id' | 'kind'>, attacks: string | readonly string[]): this {
    if (fields.ref) this.cite(fields.ref);
    this.add({ id, kind: 'objection', ...fields });
    for (const target of [attacks].flat()) this.link(id, 'attacks', target);
    return this;
  }

  /** A whole corpus passage, linked to the node it states, supports or attacks. */
  passage(passageId: string, relation: PassageRelation, to: string): this {
    return this.quote(this.corpus.cutter.corpus(passageId), relation, to);
  }

  /** Sentences of a corpus passage as a passage of their own (when one quote carries two claims). */
  sentences(id: string, passageId: string, range: number | [number, number], relation: PassageRelation, to: string): this {
    const [first, last] = [range].flat() as [number, number?];
    return this.quote(this.corpus.cutter.corpusSentences(id, passageId, first, last ?? first), relation, to);
  }

  /** Sentences of a source line that the corpus does not quote, guarded by the words they begin with. */
  line(id: string, at: { line: number; sentence: number | [number, number]; begins: string }, relation: PassageRelation, to: string): this {
    const [first, last] = [at.sentence].flat() as [number, number?];
    return this.quote(this.corpus.cutter.lineSentences(id, at.line, first, last ?? first, at.begins), relation, to);
  }

  /** Sentences of a source line set against an objection drawn from a work written after the text (see replyBefore). */
  lineAgainstLater(id: string, at: { line: number; sentence: number | [number, number]; begins: string }, objectionId: string, why: string): this {
    const [first, last] = [at.sentence].flat() as [number, number?];
    this.addPassage(this.corpus.cutter.lineSentences(id, at.line, first, last ?? first, at.begins));
    return this.replyBefore(id, objectionId, why);
  }

  /** One of the text passages a cross-check quotes (by index), when no claim in the corpus does. */
  crossCheckPassage(id: string, crossCheckId: string, index: number, relation: PassageRelation, to: string): this {
    const quote = must(this.corpus.crossCheck(crossCheckId).textPassages[index], `${crossCheckId} has no text passage ${index}`).quote;
    return this.quote(this.corpus.cutter.exact(id, quote), relation, to);
  }

  /**
   * Links two nodes already added (or added later in the spec; ids are checked at build),
   * with a note saying why the link holds. Two nodes are linked once: a second relation
   * between them would be drawn on top of the first.
   */
  link(from: string, relation: Exclude<Relation, 'assesses'>, to: string, note?: string): this {
    const edge: Edge = { id: `${relation}:${from}:${to}`, from, to, relation };
    if (note) edge.note = note;
    const twin = this.between(from, to);
    if (twin) throw new Error(`${this.head.id}: ${edge.id} would lie on ${twin.id}`);
    this.edges.set(edge.id, edge);
    return this;
  }

  contrast(a: string, b: string, note?: string): this {
    return this.link(a, 'contrasts', b, note);
  }

  /** The edge already joining two nodes, either way round, if any. */
  private between(a: string, b: string): Edge | undefined {
    for (const e of this.edges.values()) if ((e.from === a && e.to === b) || (e.from === b && e.to === a)) return e;
    return undefined;
  }

  /**
   * A work's reading of a claim. By default the stance and note are the corpus's, with the
   * stance turned from "relative to the text" into "relative to this claim". `as` applies the
   * corpus reading of another claim to a claim this map words itself (the same proposition
   * held by one position); `asText` applies the corpus reading of another claim, unturned, to
   * a claim of the author's that states the text's own view of it (the corpus stance is
   * relative to that view); `stance` and `note` give a reading taken from the corpus notes.
   * The card's pinpoint and its date come from the pinpoint table, never from the spec.
   */
  assess(ref: string, claimId: string, reading: Reading = {}): this {
    const work = this.corpus.work(ref);
    this.cite(ref);
    const nodeId = workId(ref, claimId);
    const when = WHEN[ref];
    this.add({ id: nodeId, kind: 'work', ref, ...(when ? { note: when.text } : {}) });
    let stance: Stance;
    let note: string;
    let read: string | undefined;
    if ('stance' in reading) ({ stance, note } = reading);
    else {
      read = 'asText' in reading ? reading.asText : (reading.as ?? claimId);
      const corpusReading = must(work.stance?.[read], `${ref} has no corpus stance on ${read}`);
      stance = 'asText' in reading ? corpusReading.position : stanceTowardClaim(corpusReading.position, this.corpus.claim(read).textPosition);
      note = this.corpusNote(ref, read);
    }
    const edge: Edge = { id: `assesses:${nodeId}:${claimId}`, from: nodeId, to: claimId, relation: 'assesses', stance, note };
    const pages = pinpointOf(ref, read ?? claimId);
    if (pages) edge.pages = pages;
    this.edges.set(edge.id, edge);
    return this;
  }

  /**
   * The corpus's note on a work's reading of a claim. A note may put a word of the work it
   * reads in quotation marks (Trotsky's "algebraic" formula); the maps quote their source
   * text alone, so such a word stays, as part of our paraphrase, without the marks.
   */
  corpusNote(ref: string, claimId: string): string {
    const note = must(this.corpus.work(ref).stance?.[claimId], `${ref} has no corpus note on ${claimId}`).note;
    return note.replace(/["“]([^"“”]+)["”]/g, (quoted, words: string) => (this.corpus.cutter.quotes(words) ? quoted : words));
  }

  /**
   * The text set against a work written after it: an attack from a passage or a claim on an
   * objection drawn from a later work. The text cannot be answering that work, so the link
   * is its position against the later argument, and its note says so before saying why.
   */
  replyBefore(from: string, objectionId: string, why: string): this {
    const objection = this.nodes.get(objectionId);
    if (objection?.kind !== 'objection' || !objection.ref) throw new Error(`${this.head.id}: ${objectionId} is not an objection drawn from a work`);
    const work = this.corpus.work(objection.ref);
    const year = referenceYear(work);
    if (year === undefined || year <= TEXT_WRITTEN_BY) throw new Error(`${this.head.id}: ${objection.ref} does not postdate the text; link it as a reply`);
    return this.link(from, 'attacks', objectionId, `${laterReplyNote(work, year)} ${why}`);
  }

  /** A reference the corpus gives outside historiography.json (a cross-check's full CSL citation). */
  reference(ref: Reference): this {
    this.references.set(ref.id, ref);
    return this;
  }

  note(id: string, fields: Omit<Note, 'id' | 'kind'>): this {
    return this.add({ id, kind: 'note', ...fields });
  }

  /**
   * The corpus relations (the argument as the text builds it) between claims present in this
   * map, each with the corpus's reason as its note. Where two claims are already linked (by
   * the spec, or by another corpus relation), the link is kept once: a directed relation
   * (supports, attacks) wins over a contrast, and the reasons of both are its note. A spec
   * that contrasts two claims the corpus links by an argument is refused.
   */
  corpusRelations(): this {
    const ordered = [...this.corpus.relations].sort((a, b) => Number(a.type === 'contrasts-with') - Number(b.type === 'contrasts-with'));
    for (const r of ordered) {
      if (!this.isClaim(r.from) || !this.isClaim(r.to)) continue;
      const relation = r.type === 'contrasts-with' ? 'contrasts' : r.type;
      const twin = this.between(r.from, r.to);
      if (!twin) this.link(r.from, relation, r.to, r.reason);
      else if (relation === 'contrasts' || (twin.relation === relation && twin.from === r.from)) {
        if (!twin.note?.includes(r.reason)) twin.note = [twin.note, r.reason].filter(Boolean).join(' ');
      } else throw new Error(`${this.head.id}: the corpus has ${r.from} ${relation} ${r.to}, the spec ${twin.id}`);
    }
    return this;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  build(plan: LayoutPlan): ArgumentMap {
    this.checkIds();
    this.checkLaterReplies();
    const map: ArgumentMap = {
      format: 'counterpoint-map',
      version: 1,
      id: this.head.id,
      title: this.head.title,
      description: this.head.description,
      sources: [{ id: SOURCE_ID, title: 'The Russian Revolution and the Rise of Stalinism', file: SOURCE_FILE }],
      positions: this.positions,
      questions: this.questions,
      references: [...this.references.values()].sort((a, b) => a.id.localeCompare(b.id)),
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      layout: {},
    };
    map.layout = layoutMap(map, plan);
    return map;
  }

  private quote(passage: Passage, relation: PassageRelation, to: string): this {
    return this.addPassage(passage).link(passage.id, relation, to);
  }

  /** A passage, once: the same cut may be linked from several specs' calls. */
  private addPassage(passage: Passage): this {
    const existing = this.nodes.get(passage.id);
    if (!existing) {
      this.checkNoOverlap(passage);
      return this.add(passage);
    }
    if (existing.kind !== 'passage' || existing.quote !== passage.quote) throw new Error(`${this.head.id}: id ${passage.id} already names another node`);
    return this;
  }

  /** Two passages of one map never share text: each quote is a distinct piece of evidence. */
  private checkNoOverlap(p: Passage): void {
    for (const n of this.nodes.values()) {
      if (n.kind === 'passage' && n.start < p.end && p.start < n.end) {
        throw new Error(`${this.head.id}: passage ${p.id} overlaps passage ${n.id}`);
      }
    }
  }

  private cite(ref: string): void {
    if (!this.references.has(ref)) this.references.set(ref, asReference(this.corpus.work(ref)));
  }

  private add(node: MapNode): this {
    if (this.nodes.has(node.id)) throw new Error(`${this.head.id}: node ${node.id} added twice`);
    this.nodes.set(node.id, node);
    return this;
  }

  private isClaim(id: string): boolean {
    return this.nodes.get(id)?.kind === 'claim';
  }

  /** The text attacking an objection from a later work must say it is no reply (see replyBefore). */
  private checkLaterReplies(): void {
    for (const e of this.edges.values()) {
      const to = this.nodes.get(e.to);
      const from = this.nodes.get(e.from);
      if (e.relation !== 'attacks' || to?.kind !== 'objection' || !to.ref || (from?.kind !== 'passage' && from?.kind !== 'claim')) continue;
      const work = this.references.get(to.ref);
      const year = work && referenceYear(work);
      if (year !== undefined && year > TEXT_WRITTEN_BY && !e.note?.startsWith(LATER_REPLY)) {
        throw new Error(`${this.head.id}: ${e.id} answers a work of ${year} as if the text replied to it; use replyBefore`);
      }
    }
  }

  /** Fails on any id the map does not define, so the loader never has to. */
  private checkIds(): void {
    const where = this.head.id;
    const positions = new Set(this.positions.map((p) => p.id));
    const questions = new Set(this.questions.map((q) => q.id));
    for (const n of this.nodes.values()) {
      if (n.kind === 'claim' || n.kind === 'objection') {
        if (n.position && !positions.has(n.position)) throw new Error(`${where}: ${n.id} names position ${n.position}`);
        for (const q of [n.answers ?? []].flat()) if (!questions.has(q)) throw new Error(`${where}: ${n.id} answers ${q}`);
      }
      if ((n.kind === 'work' || n.kind === 'objection') && n.ref && !this.references.has(n.ref)) {
        throw new Error(`${where}: ${n.id} cites ${n.ref}, which is not a reference`);
      }
      if (n.kind === 'note') for (const a of n.about ?? []) if (!this.nodes.has(a)) throw new Error(`${where}: note ${n.id} is about ${a}`);
    }
    for (const e of this.edges.values()) {
      for (const end of [e.from, e.to]) if (!this.nodes.has(end)) throw new Error(`${where}: edge ${e.id} names ${end}`);
    }
  }
}
