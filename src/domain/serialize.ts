import { EdgeSchema } from './schema/edge';
import { roundPoint } from './schema/layout';
import { MAP_KEY_ORDER, type ArgumentMap } from './schema/map';
import { NODE_SCHEMAS } from './schema/node';
import { NoteLinkSchema } from './schema/note';
import { SAVED_OUTLINE_KEYS } from './schema/outline';
import { PositionSchema } from './schema/position';
import { QuestionSchema } from './schema/question';
import { ReferenceSchema } from './schema/reference';
import { SOURCE_FIELDS } from './schema/source';

/** The relative path from a map file to the generated JSON Schema, named in `$schema`. */
export const MAP_SCHEMA_REF = './map.schema.json';


function ordered(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (value[key] !== undefined) out[key] = value[key];
  for (const key of Object.keys(value).sort()) if (!(key in out) && value[key] !== undefined) out[key] = value[key];
  return out;
}

/**
 * Writes a map as the architecture fixes it: UTF-8 JSON, 2-space indent, LF, a final
 * newline and a stable key order (schema order, unknown keys alphabetically), so that
 * saving an unchanged map changes no byte and git diffs stay readable.
 */
export function serializeMap(map: ArgumentMap): string {
  const doc = ordered({ $schema: MAP_SCHEMA_REF, ...map }, MAP_KEY_ORDER) as Record<string, unknown>;
  doc.sources = map.sources.map((s) => ordered(s, SOURCE_FIELDS));
  doc.positions = map.positions.map((p) => ordered(p, Object.keys(PositionSchema.shape)));
  doc.questions = map.questions.map((q) => ordered(q, Object.keys(QuestionSchema.shape)));
  doc.references = map.references.map((r) => ordered(r, Object.keys(ReferenceSchema.shape)));
  doc.nodes = map.nodes.map((n) => {
    const node = ordered(n, Object.keys(NODE_SCHEMAS[n.kind].shape));
    if (n.kind === 'note' && n.links) node.links = n.links.map((l) => ordered(l, Object.keys(NoteLinkSchema.shape)));
    return node;
  });
  doc.edges = map.edges.map((e) => ordered(e, Object.keys(EdgeSchema.shape)));
  const rounded = (layout: ArgumentMap['layout']) => Object.fromEntries(Object.entries(layout).map(([id, p]) => [id, roundPoint(p)]));
  doc.layout = rounded(map.layout);
  if (map.laneLayout) doc.laneLayout = rounded(map.laneLayout);
  if (map.outlines) doc.outlines = map.outlines.map((o) => ordered(o, SAVED_OUTLINE_KEYS));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

