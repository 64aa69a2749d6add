import { problem, type Problem } from '../../domain/errors';
import { referenceKey, sanitizeId, freshId } from '../../domain/references/ids';
import { CslDateSchema, ReferenceSchema, type Reference } from '../../domain/schema/reference';
import { CSL_DATE_VARIABLES, CSL_NAME_PARTS, CSL_NAME_VARIABLES, CSL_NUMBER_VARIABLES, CSL_STRING_VARIABLES } from './cslVariables';
import { cslType } from './cslType';

/** One item an importer read, before it is made a reference. */
export interface RawItem {
  readonly value: unknown;
  /** Where it is in the file: a JSON path (`$[3]`) or a line (`line 12`). */
  readonly at: string;
  /** Whether `at` is a JSON path, so a field's path can be added to it. */
  readonly json: boolean;
  /** How messages name it: `entry "lih2006"`, `record 3`. */
  readonly name: string;
}

export interface Normalized {
  readonly references: Reference[];
  readonly problems: Problem[];
}

/**
 * Citation.js and CSL itself write rich text as a few HTML-like tags; a map's references are
 * plain text, shown as text everywhere, so the tags are taken out and the words kept.
 */
const RICH_TEXT = /<\/?(?:i|b|sup|sub|sc)>|<span(?:\s+(?:class|style)="[^"<>]*")?>|<\/span>/g;
const plain = (text: string) => text.replace(RICH_TEXT, '').trim();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldPath(item: RawItem, key: string): string {
  if (!item.json) return item.at;
  return /^[A-Za-z_]\w*$/.test(key) ? `${item.at}.${key}` : `${item.at}[${JSON.stringify(key)}]`;
}

/** A DOI as CSL wants it, without the resolver or `doi:` in front ("https://doi.org/10.1007/x" → "10.1007/x"). */
const bareDoi = (doi: string) => doi.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\/|^doi:\s*/i, '');

type Cleaned = { ok: true; value: unknown } | { ok: false; why: string };

function cleanNames(value: unknown): Cleaned {
  if (!Array.isArray(value)) return { ok: false, why: 'a list of names was expected' };
  const names = value.map((name) => {
    if (typeof name === 'string' && name.trim()) return { literal: plain(name) };
    if (!isRecord(name)) return undefined;
    const parts = Object.entries(name).filter(([k, v]) => CSL_NAME_PARTS.has(k) && typeof v === 'string' && plain(v));
    return parts.length > 0 ? Object.fromEntries(parts.map(([k, v]) => [k, plain(v as string)])) : undefined;
  });
  if (names.some((n) => n === undefined)) return { ok: false, why: 'a name is neither a name object nor text' };
  return { ok: true, value: names };
}

function cleanDate(value: unknown): Cleaned {
  if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, value: { 'date-parts': [[value]] } };
  if (typeof value === 'string' && value.trim()) {
    const year = /^\s*(-?\d{1,4})\s*$/.exec(value);
    return { ok: true, value: year ? { 'date-parts': [[Number(year[1])]] } : { literal: plain(value) } };
  }
  const parsed = CslDateSchema.safeParse(value);
  if (!parsed.success) return { ok: false, why: 'a CSL date ({"date-parts": [[year, month, day]]}) was expected' };
  return { ok: true, value: parsed.data };
}

function cleanField(key: string, value: unknown): Cleaned | undefined {
  if (CSL_NAME_VARIABLES.has(key)) return cleanNames(value);
  if (CSL_DATE_VARIABLES.has(key)) return cleanDate(value);
  if (CSL_NUMBER_VARIABLES.has(key) || CSL_STRING_VARIABLES.has(key)) {
    if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: CSL_NUMBER_VARIABLES.has(key) ? value : String(value) };
    if (typeof value === 'string') return { ok: true, value: key === 'DOI' ? bareDoi(plain(value)) : plain(value) };
    return { ok: false, why: 'text was expected' };
  }
  return undefined;
}

const isEmpty = (v: unknown) => v === '' || (Array.isArray(v) && v.length === 0);

/** Whether a reference has anything to cite it by. */
const citable = (ref: Record<string, unknown>) => ['title', 'author', 'editor', 'container-title'].some((k) => ref[k] !== undefined);

/**
 * Makes what an importer read into references the map accepts (`ReferenceSchema`): CSL types
 * only, ids that `IdSchema` allows and unique within the import, CSL variables only, rich-text
 * tags taken out. Each repair is a located problem; an item with nothing to cite is an error.
 */
export function normalizeItems(items: readonly RawItem[]): Normalized {
  const references: Reference[] = [];
  const problems: Problem[] = [];
  const taken = new Set<string>();
  for (const item of items) {
    if (!isRecord(item.value)) {
      problems.push(problem('REFERENCE_INVALID', item.at, `${item.name} is not a reference (a CSL-JSON object was expected)`));
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item.value)) {
      if (key === 'id' || key === 'type' || value === undefined || value === null || value === '') continue;
      const cleaned = cleanField(key, value);
      if (cleaned?.ok) {
        if (!isEmpty(cleaned.value)) out[key] = cleaned.value;
      }
      else problems.push(problem('REFERENCE_FIELD_DROPPED', fieldPath(item, key), `${item.name}: "${key}" was dropped: ${cleaned ? cleaned.why : 'it is not a CSL variable'}`));
    }
    const { type, fixed } = cslType(item.value.type);
    if (fixed) problems.push(problem('REFERENCE_TYPE_FIXED', fieldPath(item, 'type'), `${item.name}: type ${JSON.stringify(item.value.type ?? null)} is not a CSL type; it is now "${type}"`));
    if (!citable(out)) {
      problems.push(problem('REFERENCE_INVALID', item.at, `${item.name} has no title, author or editor: there is nothing to cite it by`));
      continue;
    }
    const id = referenceId(item, out, taken, problems);
    if (out['citation-key'] === id) delete out['citation-key'];
    const parsed = ReferenceSchema.safeParse({ id, type, ...out });
    if (!parsed.success) {
      // The cleaning above should make this impossible; if it ever happens, say where rather than import a broken item.
      problems.push(problem('REFERENCE_INVALID', item.at, `${item.name} is not a valid reference: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`));
      continue;
    }
    taken.add(id);
    references.push(parsed.data);
  }
  return { references, problems };
}

/** The item's own id or key when ids allow it and it is free, else one made from it or from author and year. */
function referenceId(item: RawItem, out: Record<string, unknown>, taken: Set<string>, problems: Problem[]): string {
  const raw = isRecord(item.value) ? item.value : {};
  const own = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : typeof out['citation-key'] === 'string' ? (out['citation-key'] as string) : undefined;
  const base = (own !== undefined ? sanitizeId(own) : undefined) ?? sanitizeId(referenceKey(out as Reference)) ?? 'ref';
  const id = freshId(base, taken);
  if (id !== own) {
    const why = own === undefined ? 'it has no key' : own === base ? `"${own}" is used by an earlier item` : `"${own}" is not a valid id`;
    problems.push(problem('REFERENCE_ID_CHANGED', fieldPath(item, 'id'), `${item.name}: ${why}; its id is "${id}"`, { detail: { from: own ?? null, to: id } }));
    if (own !== undefined && out['citation-key'] === undefined) out['citation-key'] = own;
  }
  return id;
}
