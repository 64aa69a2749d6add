import { PROBLEM_CATALOGUE } from '../../domain/errors';
import type { ExtractedSource } from '../../formats/sources';

const KIND: Readonly<Record<ExtractedSource['media'], string>> = {
  'application/pdf': 'PDF',
  'text/html': 'Web page',
  'text/markdown': 'Markdown',
  'text/plain': 'Text',
};

/** "PDF, 12 pages", "Web page": what was read. */
export function mediaLabel(extracted: ExtractedSource): string {
  const pages = extracted.pages?.length;
  return pages ? `${KIND[extracted.media]}, ${pages} page${pages === 1 ? '' : 's'}` : KIND[extracted.media];
}

const PREVIEW_CHARS = 900;

/**
 * What a file gave, for the user to check before it is added: its name and kind, what was
 * dropped or could not be read, and the start of its text, shown as text.
 */
export function ExtractedPreview({ file, extracted, onRemove }: { file: File; extracted: ExtractedSource; onRemove: () => void }) {
  const start = extracted.text.slice(0, PREVIEW_CHARS);
  return (
    <section className="cp-extracted" aria-label={`Read from ${file.name}`}>
      <header className="cp-extracted__head">
        <span className="cp-extracted__kind">{KIND[extracted.media]}</span>
        <b className="cp-extracted__name">{file.name}</b>
        <span className="cp-muted">{mediaLabel(extracted).replace(/^[^,]*,?\s*/, '')}</span>
        <button type="button" className="cp-button cp-extracted__remove" onClick={onRemove}>
          Choose another file
        </button>
      </header>
      {extracted.problems.length ? (
        <ul className="cp-extracted__notes">
          {extracted.problems.map((p, i) => (
            <li key={i} className={`cp-problem--${p.severity}`}>
              <code title={PROBLEM_CATALOGUE[p.code]?.summary}>{p.code}</code> {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="cp-extracted__text" tabIndex={0} role="region" aria-label="The start of the text as read">
        {start}
        {extracted.text.length > PREVIEW_CHARS ? '…' : ''}
      </div>
    </section>
  );
}
