import { workLine } from '../../domain/reader/workLine';
import type { Source } from '../../domain/schema/source';
import { useCommandContext } from '../../commands/CommandsProvider';
import { useCounterpoint } from '../../store';

/**
 * The work the shown source is a copy of, above its text: author, title and year from its
 * reference (else what the source records), with the way to link or change it.
 */
export function SourceWork({ source }: { source: Source }) {
  const ctx = useCommandContext();
  const reference = useCounterpoint((s) => (source.ref ? s.doc.references.find((r) => r.id === source.ref) : undefined));
  const line = workLine(source, reference);
  const pages = source.pages?.length ? `pp. ${source.pages[0]!.label}–${source.pages.at(-1)!.label}` : '';
  return (
    <div className="cp-reader-work">
      <p className="cp-reader-work__line">
        {line.authors ? <span className="cp-reader-work__authors">{line.authors}, </span> : null}
        <cite>{line.title}</cite>
        {line.year ? <span> ({line.year})</span> : null}
        {line.publication || pages ? <span className="cp-muted"> · {[line.publication, pages].filter(Boolean).join(' · ')}</span> : null}
        {reference ? null : <span className="cp-muted"> · not linked to a reference</span>}
      </p>
      <button type="button" className="cp-button cp-reader-work__edit" onClick={() => ctx.ui.openDialog({ kind: 'sourceWork', source: source.id })} title={`The work “${source.title}” is a copy of, and how its pages are numbered`}>
        {reference ? 'Reference…' : 'Link to a reference…'}
      </button>
    </div>
  );
}
