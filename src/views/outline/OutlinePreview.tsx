import { useMemo } from 'react';
import { parseMarkdown } from '../../formats/outline/markdownParse';
import { MarkdownBlocks } from './MarkdownPreview';

interface Props {
  readonly markdown: string;
  readonly pending: boolean;
  readonly error: string | null;
  readonly styleLabel: string;
}

/** The essay outline as it will be exported: the Markdown, read back and shown as a page. */
export function OutlinePreview({ markdown, pending, error, styleLabel }: Props) {
  const content = useMemo(() => parseMarkdown(markdown), [markdown]);
  const status = error ? `Citations could not be formatted: ${error}` : pending ? 'Formatting citations…' : styleLabel;
  return (
    <div className="cp-ol-pane cp-ol-preview">
      <header className="cp-ol-pane__head">
        <h2 id="cp-ol-preview-title">Preview</h2>
        <span className={`cp-ol-pane__status${error ? ' is-error' : ''}`}>{status}</span>
      </header>
      {/* Focusable so the keyboard can scroll it, and so copying selected text stays with the browser. */}
      <div className="cp-ol-pane__scroll cp-ol-paper-desk" tabIndex={0} role="region" aria-labelledby="cp-ol-preview-title">
        <article className="cp-ol-paper" aria-busy={pending} data-testid="outline-preview">
          <MarkdownBlocks content={content} />
        </article>
      </div>
    </div>
  );
}
