import { referenceAuthorNames, referenceYear, type Reference } from '../../domain/schema/reference';
import type { MapNode } from '../../domain/schema/node';
import type { Work } from '../../domain/schema/work';
import { authorPhrase } from '../outline/names';

/** How exports name a work in words: "Davies and Wheatcroft (2004), The Years of Hunger, pp. 12-14". */
export function workCitation(work: Pick<Work, 'ref' | 'pages'>, references: readonly Reference[]): string {
  const ref = references.find((r) => r.id === work.ref);
  if (!ref) return work.pages ? `${work.ref}, pp. ${work.pages}` : work.ref;
  const names = referenceAuthorNames(ref);
  const who = names.length > 0 ? authorPhrase(names) : undefined;
  const year = referenceYear(ref);
  const head = [who, year === undefined ? 'n.d.' : String(year)].filter(Boolean).join(' ');
  const parts = [who ? `${who} (${year ?? 'n.d.'})` : head, ref.title, work.pages ? `pp. ${work.pages}` : undefined];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/** A node's words for formats that have only text: a passage's quote, a work's citation, else its text. */
export function nodeWords(node: MapNode, references: readonly Reference[]): string {
  switch (node.kind) {
    case 'passage':
      return node.quote;
    case 'work':
      return workCitation(node, references);
    default:
      return node.text;
  }
}
