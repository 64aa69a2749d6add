import { problem, type Problem } from '../../domain/errors';
import type { MapNode, NodeKind } from '../../domain/schema/node';
import { ReferenceSchema, type Reference } from '../../domain/schema/reference';
import { isValidId } from '../interchange/ids';
import type { QuoteAnchorer } from '../interchange/quotes';
import { isRecord, own, ownInteger, ownString } from '../interchange/record';
import { at, type ArgdownElement, type ArgdownRelation } from './document';
import { idTitle } from './escape';
import type { Headings } from './headings';

export type ImportedKind = Exclude<NodeKind, 'note'>;

/** Tags that say what an element is; they decide its kind and are not kept among its tags. */
export const KIND_TAGS: Readonly<Record<string, ImportedKind>> = { passage: 'passage', quote: 'passage', work: 'work', objection: 'objection', claim: 'claim' };

/**
 * What an element becomes, by one rule, first match wins:
 * 1. its data's `kind` (claim, objection, passage or work), as Counterpoint's export writes;
 * 2. a kind tag: `#passage` or `#quote` a passage, `#work` a work, `#objection` an objection;
 * 3. an element that attacks or undercuts something and supports nothing is an objection;
 * 4. anything else is a claim.
 * A passage must then be found verbatim in its source, and a work must carry its reference;
 * otherwise it comes in as a claim, with a warning.
 */
export function requestedKind(el: ArgdownElement, outgoing: readonly ArgdownRelation[], problems: Problem[]): ImportedKind {
  const kind = own(el.data, 'kind');
  if (typeof kind === 'string' && kind !== 'note' && Object.hasOwn(KIND_TAGS, kind)) return KIND_TAGS[kind]!;
  if (kind !== undefined) problems.push(problem('ARGDOWN_DATA_IGNORED', at(el.at), `${label(el)} has the kind ${JSON.stringify(kind)}, which is not claim, objection, passage or work; its kind was worked out as for any element`));
  for (const tag of el.tags) {
    const tagged = KIND_TAGS[tag.toLowerCase()];
    if (tagged && Object.hasOwn(KIND_TAGS, tag.toLowerCase())) return tagged;
  }
  const types = outgoing.map((r) => r.type);
  if (types.some((t) => t === 'attack' || t === 'undercut') && !types.some((t) => t === 'support' || t === 'entails')) return 'objection';
  return 'claim';
}

export function label(el: ArgdownElement): string {
  return el.type === 'statement' ? `the statement [${el.title}]` : `the argument <${el.title}>`;
}

/** CSL-JSON items carried in elements' data (`reference`), checked as the map's references are. */
export function readReferences(elements: readonly ArgdownElement[], problems: Problem[]): Map<string, Reference> {
  const out = new Map<string, Reference>();
  for (const el of elements) {
    const raw = own(el.data, 'reference');
    if (raw === undefined) continue;
    const ref = ownString(el.data, 'ref');
    const candidate = isRecord(raw) ? { ...raw, id: ownString(raw, 'id') ?? ref } : raw;
    const parsed = ReferenceSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push(problem('ARGDOWN_DATA_IGNORED', at(el.at), `${label(el)} carries a reference that is not a valid CSL-JSON item (${parsed.error.issues[0]?.message ?? 'wrong shape'}); it was ignored`));
      continue;
    }
    if (!out.has(parsed.data.id)) out.set(parsed.data.id, parsed.data);
  }
  return out;
}

export interface NodeInput {
  readonly el: ArgdownElement;
  readonly id: string;
  readonly kind: ImportedKind;
  readonly headings: Headings;
  readonly references: ReadonlyMap<string, Reference>;
  readonly quotes: QuoteAnchorer;
  readonly problems: Problem[];
}

/** The node an element becomes; a passage or work that cannot be one falls back to a claim. */
export function buildNode({ el, id, kind, headings, references, quotes, problems }: NodeInput): MapNode {
  const text = el.text ?? el.title;
  if (kind === 'passage') {
    const anchored = quotes.anchor({
      text,
      file: ownString(el.data, 'file'),
      sourceId: ownString(el.data, 'source'),
      sourceTitle: ownString(el.data, 'sourceTitle'),
      start: ownInteger(el.data, 'start'),
      end: ownInteger(el.data, 'end'),
    });
    if (anchored.ok) {
      const note = ownString(el.data, 'note');
      return { id, kind: 'passage', source: anchored.source, ...anchored.selector, ...(note ? { note } : {}) };
    }
    problems.push(problem('ARGDOWN_QUOTE_UNANCHORED', at(el.at), `${label(el)} is marked as a quote, but ${anchored.reason}; it was imported as a claim`, { recordId: id }));
    return proposition(el, id, 'claim', text, headings, references, problems);
  }
  if (kind === 'work') {
    const ref = ownString(el.data, 'ref') ?? el.tags.find((t) => references.has(t));
    if (ref !== undefined && references.has(ref)) {
      const pages = ownString(el.data, 'pages');
      const note = ownString(el.data, 'note');
      return { id, kind: 'work', ref, ...(pages ? { pages } : {}), ...(note ? { note } : {}) };
    }
    problems.push(problem('ARGDOWN_REFERENCE_MISSING', at(el.at), `${label(el)} is marked as a work, but ${ref === undefined ? 'names no reference' : `its reference "${ref}" is not in the document`}; it was imported as a claim`, { recordId: id }));
    return proposition(el, id, 'claim', text, headings, references, problems);
  }
  return proposition(el, id, kind, text, headings, references, problems);
}

function proposition(el: ArgdownElement, id: string, kind: 'claim' | 'objection', text: string, headings: Headings, references: ReadonlyMap<string, Reference>, problems: Problem[]): MapNode {
  const title = el.title !== id && el.title !== idTitle(id) && el.title !== text && !/^Untitled \d+$/.test(el.title) && el.title.trim() !== '' ? el.title : undefined;
  const position = headings.positionOf(el.sectionId) ?? knownId(el, 'position', headings.positions, problems);
  const answers = answersOf(el, headings, problems);
  const tags = el.tags.filter((t) => !Object.hasOwn(KIND_TAGS, t.toLowerCase()));
  const common = {
    id,
    text,
    ...(title ? { title } : {}),
    ...(position ? { position } : {}),
    ...(answers.length === 1 ? { answers: answers[0]! } : answers.length > 1 ? { answers } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
  if (kind === 'claim') return { ...common, kind, ...(own(el.data, 'central') === true ? { central: true } : {}) };
  const ref = ownString(el.data, 'ref');
  const pages = ownString(el.data, 'pages');
  if (ref !== undefined && !references.has(ref)) {
    problems.push(problem('ARGDOWN_REFERENCE_MISSING', at(el.at), `${label(el)} names the reference "${ref}", which is not in the document; the objection keeps its text without it`, { recordId: id }));
  }
  return { ...common, kind, ...(ref !== undefined && references.has(ref) ? { ref, ...(pages ? { pages } : {}) } : {}) };
}

function knownId(el: ArgdownElement, key: 'position', records: readonly { id: string }[], problems: Problem[]): string | undefined {
  const value = ownString(el.data, key);
  if (value === undefined) return undefined;
  if (records.some((r) => r.id === value)) return value;
  problems.push(problem('ARGDOWN_DATA_IGNORED', at(el.at), `${label(el)} names the ${key} "${value}", which no heading defines; it was ignored`));
  return undefined;
}

function answersOf(el: ArgdownElement, headings: Headings, problems: Problem[]): string[] {
  const out: string[] = [];
  const fromHeading = headings.questionOf(el.sectionId);
  if (fromHeading) out.push(fromHeading);
  const raw = own(el.data, 'answers');
  const listed = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  for (const q of listed) {
    if (isValidId(q) && headings.questions.some((x) => x.id === q)) {
      if (!out.includes(q)) out.push(q);
    } else {
      problems.push(problem('ARGDOWN_DATA_IGNORED', at(el.at), `${label(el)} answers ${JSON.stringify(q)}, which no question heading defines; it was ignored`));
    }
  }
  return out;
}
