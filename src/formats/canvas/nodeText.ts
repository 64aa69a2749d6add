import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import type { Passage } from '../../domain/schema/passage';
import { workCitation } from '../interchange/citation';
import { blockQuote, escapeBlock, escapeInline } from '../outline/markdownText';

/**
 * A node's card as Markdown for a canvas text node. Every piece of map text is escaped
 * (it is data, never markup: no heading, link or raw HTML can come from a claim); the
 * structure around it (bold title, quote, italic attribution) is ours.
 */
export function nodeMarkdown(node: MapNode, map: ArgumentMap, paragraphOf: (p: Passage) => number | undefined): string {
  const position = 'position' in node && node.position ? map.positions.find((p) => p.id === node.position)?.label : undefined;
  const held = position ? `\n\n*${escapeInline(position)}*` : '';
  switch (node.kind) {
    case 'claim':
      return `${node.central ? '★ ' : ''}${node.title ? `**${escapeInline(node.title)}**\n\n` : ''}${escapeBlock(node.text)}${held}`;
    case 'objection': {
      const ref = node.ref ? map.references.find((r) => r.id === node.ref) : undefined;
      const source = ref ? `\n\n— ${escapeInline(workCitation({ ref: ref.id, pages: node.pages }, map.references))}` : '';
      return `✕ **${escapeInline(node.title ?? 'Objection')}**\n\n${escapeBlock(node.text)}${held}${source}`;
    }
    case 'passage': {
      const source = map.sources.find((s) => s.id === node.source);
      const para = paragraphOf(node);
      const where = [source?.title, para === undefined ? undefined : `para. ${para}`].filter(Boolean).join(', ');
      return `${blockQuote(escapeBlock(node.quote.trim()))}${where ? `\n\n— *${escapeInline(where)}*` : ''}`;
    }
    case 'work':
      return `◆ ${escapeInline(workCitation(node, map.references))}${node.note ? `\n\n${escapeBlock(node.note)}` : ''}`;
    case 'note':
      return `${node.title ? `**${escapeInline(node.title)}**\n\n` : ''}${escapeBlock(node.text)}`;
  }
}
