import type { ArgumentMap } from '../../domain/schema/map';
import { SourceSchema, type Source } from '../../domain/schema/source';
import { pageOfRange, pagesProblem, type PageBoundary } from '../../domain/text/pages';
import { EditError } from './editError';

/** What may change in a source once it is in the map: its title, the work it is, its page labels. */
export interface SourcePatch {
  readonly title?: string;
  /** A reference id of the map; undefined unlinks the source from its work. */
  readonly ref?: string | undefined;
  /** New page boundaries (relabelled pages); the passages' pages follow. */
  readonly pages?: readonly PageBoundary[];
}

/**
 * Changes a source's record. The text never changes here (passages are anchored in it);
 * new page labels carry the passages of the source to their new page in the same step.
 */
export function updateSource(doc: ArgumentMap, id: string, patch: SourcePatch): ArgumentMap {
  const index = doc.sources.findIndex((s) => s.id === id);
  if (index < 0) throw new EditError(`There is no source "${id}" in this map.`);
  const before = doc.sources[index]!;
  const next: Source = { ...before };
  if (patch.title !== undefined) {
    if (!patch.title.trim()) throw new EditError('A source needs a title.');
    next.title = patch.title.trim();
  }
  if ('ref' in patch) {
    if (patch.ref === undefined) delete next.ref;
    else if (!doc.references.some((r) => r.id === patch.ref)) throw new EditError(`There is no reference "${patch.ref}" in this map.`);
    else next.ref = patch.ref;
  }
  if (patch.pages !== undefined) {
    const wrong = pagesProblem(patch.pages, undefined);
    if (wrong) throw new EditError(`The pages are not in order: ${wrong}.`);
    next.pages = patch.pages.map((p) => ({ ...p }));
  }
  if (!SourceSchema.safeParse(next).success) throw new EditError('The source would not be valid.');
  if (JSON.stringify(next) === JSON.stringify(before)) return doc;
  const sources = doc.sources.map((s, i) => (i === index ? next : s));
  if (patch.pages === undefined) return { ...doc, sources };
  const nodes = doc.nodes.map((n) => {
    if (n.kind !== 'passage' || n.source !== id) return n;
    const page = pageOfRange(next.pages ?? [], n.start, n.end);
    if (page === n.page) return n;
    const { page: _old, ...rest } = n;
    return page === undefined ? rest : { ...rest, page };
  });
  return { ...doc, sources, nodes };
}
