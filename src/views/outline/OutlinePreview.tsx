import { useEffect, useMemo, useRef } from 'react';
import { parseMarkdown } from '../../formats/outline/markdownParse';
import { MarkdownBlocks } from './MarkdownPreview';

interface Props {
  readonly markdown: string;
  readonly pending: boolean;
  readonly error: string | null;
  readonly styleLabel: string;
  /** Text of the part of the essay the tree is on, to bring into view. */
  readonly anchor: string | null;
  readonly onCopy: () => void;
  readonly onExport: () => void;
  readonly onExportDocx: () => void;
  readonly onPrint: () => void;
}

/** The first heading or paragraph holding the text, in reading order. */
function findBlock(root: HTMLElement, text: string): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, p')) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').includes(text)) return el;
  }
  return undefined;
}

/** The essay outline as it will be exported (the Markdown, read back and shown as a page), and the ways out: copy, export, print. */
export function OutlinePreview({ markdown, pending, error, styleLabel, anchor, onCopy, onExport, onExportDocx, onPrint }: Props) {
  const content = useMemo(() => parseMarkdown(markdown), [markdown]);
  const paper = useRef<HTMLElement>(null);

  // Follow the tree: the part of the essay the user is on comes into view, marked.
  useEffect(() => {
    const root = paper.current;
    if (!root || !anchor) return;
    root.querySelector('.is-target')?.classList.remove('is-target');
    const block = findBlock(root, anchor);
    if (!block) return;
    block.classList.add('is-target');
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [anchor, content]);

  const status = error ? `Citations could not be formatted: ${error}` : pending ? 'Formatting citations…' : styleLabel;
  return (
    <div className="cp-ol-pane cp-ol-preview">
      <header className="cp-ol-pane__head">
        <h2 id="cp-ol-preview-title">Preview</h2>
        <span className={`cp-ol-pane__status${error ? ' is-error' : ''}`}>{status}</span>
        <span className="cp-ol-pane__actions">
          <button type="button" className="cp-button" onClick={onCopy}>
            Copy Markdown
          </button>
          <button type="button" className="cp-button" onClick={onExport}>
            Export .md
          </button>
          <button type="button" className="cp-button" onClick={onExportDocx} title="A Word document with the citations as footnotes (Chicago notes) and the bibliography in the chosen style">
            Export .docx
          </button>
          <button type="button" className="cp-button" onClick={onPrint}>
            Print…
          </button>
        </span>
      </header>
      {/* Focusable so the keyboard can scroll it, and so copying selected text stays with the browser. */}
      <div className="cp-ol-pane__scroll cp-ol-paper-desk" tabIndex={0} role="region" aria-labelledby="cp-ol-preview-title">
        <article className="cp-ol-paper" ref={paper} aria-busy={pending} data-testid="outline-preview">
          <MarkdownBlocks content={content} />
        </article>
      </div>
    </div>
  );
}
