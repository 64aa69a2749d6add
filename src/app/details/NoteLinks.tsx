import type { NodeOfKind } from '../../domain/schema/node';
import { nodeById, useCounterpoint, useCounterpointStore } from '../../store';
import { nodeName, truncate } from '../../domain/labels';

/** What a note is about (nodes of this map) and the other maps it points to, as links. */
export function NoteLinks({ note }: { note: NodeOfKind<'note'> }) {
  const doc = useCounterpoint((s) => s.doc);
  const store = useCounterpointStore();
  if (!note.about?.length && !note.links?.length) return null;
  return (
    <div className="cp-note-links">
      {note.about?.length ? (
        <>
          <h4>About</h4>
          <ul>
            {note.about.map((id) => {
              const n = nodeById(doc, id);
              return (
                <li key={id}>
                  <button type="button" className="cp-link-button" onClick={() => store.getState().selectNode(id, { reveal: true })}>
                    {n ? truncate(nodeName(doc, n), 70) : id}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {note.links?.length ? (
        <>
          <h4>See also</h4>
          <ul>
            {note.links.map((l, i) => {
              // Ids are restricted to a URL-safe alphabet by the schema; URLSearchParams escapes anyway.
              const query = new URLSearchParams({ map: l.map, ...(l.node ? { node: l.node } : {}) });
              return (
                <li key={i}>
                  <a href={`?${query.toString()}`}>{l.label ?? (l.node ? `${l.map}, ${l.node}` : l.map)}</a>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
