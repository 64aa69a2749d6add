import { useId, useMemo, useState } from 'react';
import { nodeById, useCounterpoint, useCounterpointStore } from '../../store';
import { nodeName, truncate } from '../../domain/labels';
import { useCommandContext } from '../../commands/CommandsProvider';
import { addNodeFromUi } from '../../commands/helpers';
import { Dialog } from '../../ui/Dialog';
import { findQuote } from './findQuote';
import type { QuoteSelector } from '../../domain/anchoring/selector';
import type { DialogRequest } from '../../commands/types';

type LinkRelation = 'states' | 'supports' | 'attacks';

/**
 * Makes a passage from a source. The user pastes the words; the passage is cut from the
 * source where they occur (or, for a near miss, from the closest text, shown first), so
 * a quote is never typed in and never invented.
 */
/** Opened by `{ kind: 'passage', linkTo?: <claim id> }`: the new node joins that claim. */
export function PassageDialog({ request, onClose }: { request: DialogRequest; onClose: () => void }) {
  const linkTo = typeof request.linkTo === 'string' ? request.linkTo : undefined;
  const store = useCounterpointStore();
  const ctx = useCommandContext();
  const doc = useCounterpoint((s) => s.doc);
  const texts = useCounterpoint((s) => s.sourceTexts);
  const offered = useMemo(() => ctx.session.library.bundledSources().filter((b) => !doc.sources.some((s) => s.id === b.source.id)), [ctx, doc.sources]);
  const [sourceId, setSourceId] = useState(doc.sources[0]?.id ?? offered[0]?.source.id ?? '');
  const [quote, setQuote] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('states');
  const id = useId();
  const target = linkTo ? nodeById(doc, linkTo) : undefined;
  const text = texts[sourceId] ?? offered.find((o) => o.source.id === sourceId)?.text;
  const search = useMemo(() => (text && quote.trim().length >= 8 ? findQuote(text, quote) : null), [text, quote]);

  // The source it brings and the passage are one step: if the passage is refused, the source goes too.
  const create = (selector: QuoteSelector) => {
    store.getState().beginGesture();
    if (addPassage(selector)) store.getState().endGesture();
    else store.getState().cancelGesture();
    onClose();
  };

  const addPassage = (selector: QuoteSelector): boolean => {
    const state = store.getState();
    const bring = offered.find((o) => o.source.id === sourceId);
    if (bring && !state.doc.sources.some((s) => s.id === sourceId)) state.addSource(bring.source, bring.text);
    const added = addNodeFromUi(ctx, {
      draft: { kind: 'passage', source: sourceId, ...selector },
      ...(target ? { link: { other: target.id, relation, newIs: 'from' as const } } : {}),
      then: 'reveal',
    });
    return added !== null;
  };

  return (
    <Dialog title="New passage" onClose={onClose} wide>
      <form
        className="cp-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (search?.status === 'found') create(search.selector);
        }}
      >
        <label htmlFor={`${id}-source`}>Source</label>
        <select id={`${id}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
          {doc.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
          {offered.map((o) => (
            <option key={o.source.id} value={o.source.id}>
              {o.source.title} (add to this map)
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-quote`}>Words to quote, copied from the source</label>
        <textarea id={`${id}-quote`} rows={5} value={quote} onChange={(e) => setQuote(e.target.value)} placeholder="Paste at least a few words of the source here" autoFocus />
        <div className="cp-quote-check" aria-live="polite">
          {!text ? <p className="cp-muted">Choose a source.</p> : null}
          {search?.status === 'found' ? (
            <p className="cp-ok">
              Found in the source{search.occurrences > 1 ? ` (${search.occurrences} times; the first is used)` : ''}.
            </p>
          ) : null}
          {search?.status === 'close' ? (
            <div className="cp-warn">
              <p>Not found word for word. The closest text in the source ({Math.round(search.similarity * 100)}% alike) is:</p>
              <blockquote>{search.selector.quote}</blockquote>
              <button type="button" className="cp-button" onClick={() => create(search.selector)}>
                Quote the source’s text instead
              </button>
            </div>
          ) : null}
          {search?.status === 'missing' ? <p className="cp-error-text">These words are not in the source.</p> : null}
        </div>
        {target ? (
          <>
            <label htmlFor={`${id}-rel`}>The passage … “{truncate(nodeName(doc, target), 50)}”</label>
            <select id={`${id}-rel`} value={relation} onChange={(e) => setRelation(e.target.value as LinkRelation)}>
              <option value="states">states</option>
              <option value="supports">supports</option>
              <option value="attacks">attacks</option>
            </select>
          </>
        ) : null}
        <div className="cp-form__actions">
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="cp-button cp-button--primary" disabled={search?.status !== 'found'}>
            Add passage
          </button>
        </div>
      </form>
    </Dialog>
  );
}
