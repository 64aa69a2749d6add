import type { ArgumentMap } from '../../domain/schema/map';
import { kindDefinition, type NodeKind } from '../../domain/schema/node';
import { nodeName } from '../../domain/labels';

export interface SearchEntry {
  readonly id: string;
  readonly kind: NodeKind;
  /** What the result list shows. */
  readonly label: string;
  /** What the query is matched against: claim text, quotes, authors and titles, folded. */
  readonly haystack: string;
}

/** Lower case without accents, so "lowy" finds "Löwy". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function buildSearchIndex(doc: ArgumentMap): SearchEntry[] {
  const refs = new Map(doc.references.map((r) => [r.id, r]));
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const lookups = { reference: (id: string) => refs.get(id), source: (id: string) => sources.get(id) };
  return doc.nodes.map((n) => {
    const words = kindDefinition(n.kind).searchWords(n, lookups);
    return { id: n.id, kind: n.kind, label: nodeName(doc, n), haystack: fold(words.join(' \u2022 ')) };
  });
}

/**
 * The nodes whose text holds every word of the query, best first: a match at the start of
 * the label, then at the start of a word, then anywhere; ties keep map order.
 */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 40): SearchEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    if (!words.every((w) => entry.haystack.includes(w))) return;
    const first = words[0]!;
    const label = fold(entry.label);
    const score = label.startsWith(first) ? 0 : new RegExp(`(^|[^a-z0-9])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(entry.haystack) ? 1 : 2;
    scored.push({ entry, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.entry);
}
