import { createElement, type ReactNode } from 'react';
import { inlineText, type Block, type Inline } from '../../formats/outline/markdownParse';

function inlines(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'strong':
        return <strong key={i}>{inlines(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inlines(n.children)}</em>;
      case 'link':
        // The parser lets through only http, https and mailto addresses.
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inlines(n.children)}
          </a>
        );
      case 'footnoteRef':
        return (
          <sup key={i} className="cp-md-fnref">
            {n.label}
          </sup>
        );
    }
  });
}

/** Markdown headings sit under the view's own heading: # becomes h2, and so on. */
const headingTag = (level: number) => `h${Math.min(6, level + 1)}`;

const isBibliography = (b: Block | undefined) => b?.type === 'heading' && inlineText(b.children) === 'Bibliography';

function blocks(list: readonly Block[]): ReactNode[] {
  let underBibliography = false;
  return list.map((b, i) => {
    if (b.type === 'heading') underBibliography = isBibliography(b);
    switch (b.type) {
      case 'heading':
        return createElement(headingTag(b.level), { key: i, className: `cp-md-h${b.level}` }, inlines(b.children));
      case 'paragraph':
        return <p key={i}>{inlines(b.children)}</p>;
      case 'quote':
        return <blockquote key={i}>{blocks(b.children)}</blockquote>;
      case 'list':
        return (
          <ul key={i} className={underBibliography ? 'cp-md-bibliography' : undefined}>
            {b.items.map((item, j) => (
              <li key={j}>{blocks(item)}</li>
            ))}
          </ul>
        );
      case 'footnotes':
        return (
          <ol key={i} className="cp-md-footnotes">
            {b.notes.map((note) => (
              <li key={note.label} value={Number(note.label) || undefined}>
                {inlines(note.children)}
              </li>
            ))}
          </ol>
        );
    }
  });
}

/** Parsed Markdown as React elements: every piece of text is a text node, never HTML. */
export function MarkdownBlocks({ content }: { content: readonly Block[] }) {
  return <>{blocks(content)}</>;
}
