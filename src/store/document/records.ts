import type { ArgumentMap } from '../../domain/schema/map';
import { PositionSchema, type Position } from '../../domain/schema/position';
import { QuestionSchema, type Question } from '../../domain/schema/question';
import { ReferenceSchema, type Reference } from '../../domain/schema/reference';
import { SourceSchema, type Source } from '../../domain/schema/source';
import { EditError } from './editError';

/** Map-level records a user can add from the details panel: positions, questions, references. */
type RecordKey = 'positions' | 'questions' | 'references' | 'sources';

const SCHEMAS = { positions: PositionSchema, questions: QuestionSchema, references: ReferenceSchema, sources: SourceSchema } as const;
const NAMES = { positions: 'position', questions: 'question', references: 'reference', sources: 'source' } as const;

function addRecord<K extends RecordKey>(doc: ArgumentMap, key: K, record: ArgumentMap[K][number]): ArgumentMap {
  const parsed = SCHEMAS[key].safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EditError(`The ${NAMES[key]} is incomplete: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`);
  }
  if ((doc[key] as readonly { id: string }[]).some((r) => r.id === record.id)) {
    throw new EditError(`A ${NAMES[key]} with the id "${record.id}" already exists.`);
  }
  return { ...doc, [key]: [...doc[key], parsed.data] };
}

export const addPosition = (doc: ArgumentMap, position: Position) => addRecord(doc, 'positions', position);
export const addQuestion = (doc: ArgumentMap, question: Question) => addRecord(doc, 'questions', question);
export const addReference = (doc: ArgumentMap, reference: Reference) => addRecord(doc, 'references', reference);
export const addSource = (doc: ArgumentMap, source: Source) => addRecord(doc, 'sources', source);

export interface MapMeta {
  readonly title?: string;
  readonly description?: string | undefined;
}

export function setMeta(doc: ArgumentMap, meta: MapMeta): ArgumentMap {
  const title = meta.title === undefined ? doc.title : meta.title.trim();
  if (!title) throw new EditError('A map needs a title.');
  const description = 'description' in meta ? meta.description?.trim() || undefined : doc.description;
  if (title === doc.title && description === doc.description) return doc;
  const next: ArgumentMap = { ...doc, title };
  if (description === undefined) delete next.description;
  else next.description = description;
  return next;
}

/** A readable id from a label ("Lenin, April 1917" -> "lenin-april-1917"), unique among `taken`. */
export function slugId(label: string, taken: readonly { id: string }[], fallback = 'item'): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || fallback;
  const ids = new Set(taken.map((r) => r.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}
