import { z } from '../schema/zod';
import { problem, type Problem } from '../errors';
import { jsonPath, type PathSegment } from '../jsonPath';
import { EdgeSchema, RELATIONS } from '../schema/edge';
import { LayoutSchema } from '../schema/layout';
import { ArgumentMapSchema, type ArgumentMap } from '../schema/map';
import { isNodeKind, NODE_KINDS, NODE_SCHEMAS } from '../schema/node';
import { PositionSchema } from '../schema/position';
import { SAVED_OUTLINE_KEYS, SavedOutlineSchema } from '../schema/outline';
import { QuestionSchema } from '../schema/question';
import { ReferenceSchema } from '../schema/reference';
import { SOURCE_FIELDS, SourceSchema } from '../schema/source';

/**
 * Fields that are never kept from a file, even though other tools write them: presentation
 * belongs to Counterpoint's own renderer, and imported markup must not style the UI.
 */
const ALWAYS_DROPPED = new Set(['style', 'className', 'class', 'html', 'width', 'height', 'data']);

type RecordArrayKey = 'sources' | 'positions' | 'questions' | 'references' | 'edges';

const ARRAY_SCHEMAS: Record<RecordArrayKey, z.ZodType> = {
  sources: SourceSchema,
  positions: PositionSchema,
  questions: QuestionSchema,
  references: ReferenceSchema,
  edges: EdgeSchema,
};

/** Records whose unknown fields are reported; references keep every CSL field they bring. */
const CLOSED_SHAPES: Partial<Record<RecordArrayKey, readonly string[]>> = {
  sources: SOURCE_FIELDS,
  positions: Object.keys(PositionSchema.shape),
  questions: Object.keys(QuestionSchema.shape),
  edges: Object.keys(EdgeSchema.shape),
};

export interface ShapeResult {
  map?: ArgumentMap;
  problems: Problem[];
}

/** Validates types and shapes record by record, so one bad record yields one located problem. */
export function validateShape(doc: Record<string, unknown>): ShapeResult {
  const problems: Problem[] = [];
  const out: Record<string, unknown> = {};

  const top = ArgumentMapSchema.pick({ $schema: true, format: true, version: true, id: true, title: true, description: true });
  const topResult = top.safeParse(doc);
  if (topResult.success) Object.assign(out, topResult.data);
  else problems.push(...zodProblems(topResult.error, []));

  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(ArgumentMapSchema.shape, key)) {
      problems.push(problem('FIELD_DROPPED', jsonPath([key]), `unknown top-level field "${key}" was dropped`));
    }
  }

  for (const key of Object.keys(ARRAY_SCHEMAS) as RecordArrayKey[]) {
    out[key] = validateArray(doc, key, (item, path) => {
      if (CLOSED_SHAPES[key]) reportDropped(item, CLOSED_SHAPES[key], path, problems);
      return parseRecord(ARRAY_SCHEMAS[key], item, path, problems);
    }, problems);
  }
  out.nodes = validateArray(doc, 'nodes', (item, path) => validateNode(item, path, problems), problems);

  const layout = doc.layout === undefined ? {} : doc.layout;
  const layoutResult = LayoutSchema.safeParse(layout);
  if (layoutResult.success) out.layout = layoutResult.data;
  else problems.push(...zodProblems(layoutResult.error, ['layout']));
  // Absent stays absent, as for outlines below.
  if (doc.laneLayout !== undefined) {
    const lanes = LayoutSchema.safeParse(doc.laneLayout);
    if (lanes.success) out.laneLayout = lanes.data;
    else problems.push(...zodProblems(lanes.error, ['laneLayout']));
  }

  // Absent outlines stay absent, so a map without any saves byte for byte as it was read.
  if (doc.outlines !== undefined) {
    out.outlines = validateArray(doc, 'outlines', (item, path) => {
      reportDropped(item, SAVED_OUTLINE_KEYS, path, problems);
      return parseRecord(SavedOutlineSchema, item, path, problems);
    }, problems);
  }

  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { map: out as ArgumentMap, problems };
}

function validateArray(
  doc: Record<string, unknown>,
  key: string,
  each: (item: unknown, path: PathSegment[]) => unknown,
  problems: Problem[],
): unknown[] {
  const value = doc[key];
  if (value === undefined) {
    // Empty collections may be left out by hand-written maps; nodes are the one thing a map needs.
    if (key === 'nodes') problems.push(problem('SCHEMA_INVALID', jsonPath([key]), `missing "${key}": expected an array`));
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(problem('SCHEMA_INVALID', jsonPath([key]), `"${key}" must be an array, found ${describe(value)}`));
    return [];
  }
  const items: unknown[] = [];
  value.forEach((item, i) => {
    const parsed = each(item, [key, i]);
    if (parsed !== undefined) items.push(parsed);
  });
  return items;
}

function validateNode(item: unknown, path: PathSegment[], problems: Problem[]): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push(problem('SCHEMA_INVALID', jsonPath(path), `a node must be an object, found ${describe(item)}`));
    return undefined;
  }
  const record = item as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (!isNodeKind(record.kind)) {
    problems.push(
      problem(
        'UNKNOWN_NODE_KIND',
        jsonPath([...path, 'kind']),
        `node${id ? ` "${id}"` : ''} has kind ${JSON.stringify(record.kind) ?? 'nothing'}; known kinds are ${NODE_KINDS.join(', ')}`,
        id ? { recordId: id } : {},
      ),
    );
    return undefined;
  }
  const schema = NODE_SCHEMAS[record.kind];
  reportDropped(record, Object.keys(schema.shape), path, problems);
  return parseRecord(schema, record, path, problems);
}

function parseRecord(schema: z.ZodType, item: unknown, path: PathSegment[], problems: Problem[]): unknown {
  if (item !== null && typeof item === 'object' && 'relation' in item && path[0] === 'edges') {
    const relation = (item as { relation: unknown }).relation;
    if (typeof relation === 'string' && !(RELATIONS as readonly string[]).includes(relation)) {
      const id = (item as { id?: unknown }).id;
      problems.push(
        problem(
          'UNKNOWN_RELATION',
          jsonPath([...path, 'relation']),
          `edge${typeof id === 'string' ? ` "${id}"` : ''} has relation "${relation}"; known relations are ${RELATIONS.join(', ')}`,
        ),
      );
      return undefined;
    }
  }
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  problems.push(...zodProblems(result.error, path));
  return undefined;
}

function reportDropped(item: unknown, known: readonly string[], path: PathSegment[], problems: Problem[]): void {
  if (typeof item !== 'object' || item === null) return;
  for (const key of Object.keys(item)) {
    if (known.includes(key)) continue;
    const why = ALWAYS_DROPPED.has(key) ? 'presentation fields are not kept' : 'unknown field';
    problems.push(problem('FIELD_DROPPED', jsonPath([...path, key]), `"${key}" was dropped (${why})`));
  }
}

function zodProblems(error: z.ZodError, base: PathSegment[]): Problem[] {
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return problem('SCHEMA_INVALID', jsonPath(path), issue.message);
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
