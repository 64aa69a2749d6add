import { problem, type Problem } from '../../domain/errors';
import { answeredQuestions } from '../../domain/schema/claim';
import { isNodeKind, NODE_SCHEMAS, type MapNode } from '../../domain/schema/node';
import { PositionSchema, type Position } from '../../domain/schema/position';
import { QuestionSchema, type Question } from '../../domain/schema/question';
import { ReferenceSchema, type Reference } from '../../domain/schema/reference';
import { SourceSchema, type Source } from '../../domain/schema/source';
import type { IdAllocator } from '../interchange/ids';
import type { QuoteAnchorer } from '../interchange/quotes';
import { isRecord, own, ownString } from '../interchange/record';
import type { RawNode } from './envelope';

export interface ExtensionRecords {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly positions: Position[];
  readonly questions: Question[];
  readonly references: Reference[];
  readonly sources: Source[];
  readonly layout: ReadonlyMap<string, { x: number; y: number }>;
}

/** The map-level records Counterpoint's export keeps under `counterpoint`, each checked by its schema; bad ones are dropped with a warning. */
export function readRecords(extension: unknown, problems: Problem[]): ExtensionRecords {
  const list = <T>(key: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T[] => {
    const raw = own(extension, key);
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push(problem('AIF_EXTENSION_IGNORED', `$.counterpoint.${key}`, `"${key}" is not a list; it was ignored`));
      return [];
    }
    const out: T[] = [];
    const seen = new Set<string>();
    raw.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      const id = parsed.success ? (parsed.data as { id: string }).id : undefined;
      if (!parsed.success || id === undefined || seen.has(id)) {
        problems.push(problem('AIF_EXTENSION_IGNORED', `$.counterpoint.${key}[${i}]`, `${key} entry ${i + 1} is not valid${id ? ' (its id is taken)' : ''}; it was ignored`));
        return;
      }
      seen.add(id);
      out.push(parsed.data);
    });
    return out;
  };
  const layout = new Map<string, { x: number; y: number }>();
  const rawLayout = own(extension, 'layout');
  if (isRecord(rawLayout)) {
    for (const key of Object.keys(rawLayout)) {
      const x = own(rawLayout[key], 'x');
      const y = own(rawLayout[key], 'y');
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) layout.set(key, { x, y });
    }
  }
  return {
    id: ownString(extension, 'id'),
    title: ownString(extension, 'title')?.trim() || undefined,
    description: ownString(extension, 'description'),
    positions: list('positions', PositionSchema),
    questions: list('questions', QuestionSchema),
    references: list('references', ReferenceSchema),
    sources: list('sources', SourceSchema),
    layout,
  };
}

export interface NodeContext {
  readonly ids: IdAllocator;
  readonly records: ExtensionRecords;
  readonly quotes: QuoteAnchorer;
  readonly problems: Problem[];
  /** The I-node only leads into conflicts: without a record of its own it is an objection. */
  readonly onlyAttacks: boolean;
}

/**
 * The map node for an I-node: the node Counterpoint's record describes, when it is valid and
 * what it names exists (a passage must still be found in its source); otherwise a claim (or
 * an objection) with the I-node's text.
 */
export function mapNodeFor(n: RawNode, ctx: NodeContext): MapNode {
  const { ids, problems } = ctx;
  const kind = own(n.extension, 'kind');
  const warn = (why: string) => problems.push(problem('AIF_EXTENSION_IGNORED', `${n.path}.counterpoint`, `I-node "${n.id}": ${why}`));
  if (isNodeKind(kind) && isRecord(n.extension)) {
    const parsed = NODE_SCHEMAS[kind].safeParse({ ...n.extension, id: 'placeholder' });
    if (!parsed.success) warn(`its record is not a valid ${kind} (${parsed.error.issues[0]?.message ?? 'wrong shape'}); the plain AIF was read`);
    else {
      const id = ids.take(own(n.extension, 'id'), n.text, 'node');
      const node = { ...parsed.data, id } as MapNode;
      const checked = checkNames(node, ctx, warn);
      if (checked) return checked;
    }
  }
  const text = n.text.trim() || n.id;
  return { id: ids.take(n.id, text, 'node'), kind: ctx.onlyAttacks ? 'objection' : 'claim', text };
}

function checkNames(node: MapNode, ctx: NodeContext, warn: (why: string) => void): MapNode | undefined {
  const { records } = ctx;
  switch (node.kind) {
    case 'passage': {
      const source = records.sources.find((s) => s.id === node.source);
      const anchored = ctx.quotes.anchor({ text: node.quote, file: source?.file, sourceId: node.source, sourceTitle: source?.title, start: node.start, end: node.end });
      if (anchored.ok) return { ...node, source: anchored.source, ...anchored.selector };
      warn(`the quote cannot be anchored (${source ? anchored.reason : `its source "${node.source}" is not in the file`}); it was imported as a claim`);
      return { id: node.id, kind: 'claim', text: node.quote };
    }
    case 'work':
      if (records.references.some((r) => r.id === node.ref)) return node;
      warn(`its reference "${node.ref}" is not in the file; it was imported as a claim`);
      return { id: node.id, kind: 'claim', text: node.ref + (node.pages ? `, pp. ${node.pages}` : '') };
    case 'claim':
    case 'objection': {
      const out = { ...node };
      if (out.position !== undefined && !records.positions.some((p) => p.id === out.position)) {
        warn(`its position "${out.position}" is not in the file; it was dropped`);
        delete out.position;
      }
      const answers = answeredQuestions(out);
      const known = answers.filter((q) => records.questions.some((x) => x.id === q));
      if (known.length < answers.length) warn(`it answers questions that are not in the file; they were dropped`);
      if (known.length === 0) delete out.answers;
      else out.answers = known.length === 1 ? known[0]! : known;
      if (out.kind === 'objection' && out.ref !== undefined && !records.references.some((r) => r.id === out.ref)) {
        warn(`its reference "${out.ref}" is not in the file; it was dropped`);
        delete out.ref;
        delete out.pages;
      }
      return out;
    }
    case 'note':
      return node;
  }
}
