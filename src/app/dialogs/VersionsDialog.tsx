import { useEffect, useState } from 'react';
import { useCommandContext } from '../../commands/CommandsProvider';
import { PROBLEM_CATALOGUE } from '../../domain/errors';
import { describeDifference, summarizeVersion } from '../../domain/versionSummary';
import type { ArgumentMap } from '../../domain/schema/map';
import { describeStorageError, useCounterpoint, type VersionEntry } from '../../store';
import { Dialog } from '../../ui/Dialog';

const when = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * File > Versions…: the open map's earlier versions (kept on open and every ten minutes of
 * editing), newest first, each with its time, node count and what differs from now. A
 * version can be previewed (its claims, read-only) and restored as one undoable step.
 */
export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { session } = useCommandContext();
  const doc = useCounterpoint((s) => s.doc);
  const [versions, setVersions] = useState<readonly VersionEntry[] | null>(null);
  const [preview, setPreview] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    session.listVersions().then(
      (v) => live && setVersions(v),
      (e: unknown) => live && setFailure(describeStorageError(e)),
    );
    return () => {
      live = false;
    };
  }, [session]);

  const restore = async (id: number) => {
    if (await session.restoreVersion(id)) onClose();
  };

  return (
    <Dialog title={`Versions of "${doc.title}"`} onClose={onClose} wide footer={<button type="button" className="cp-button" onClick={onClose}>Close</button>}>
      <p className="cp-muted">Kept in this browser when the map is opened and every ten minutes of editing (the last 20). Restoring is one step: Undo brings the map back as it is now.</p>
      {failure ? <p role="alert">The versions could not be read: {failure}.</p> : versions === null ? <p role="status">Reading versions…</p> : null}
      {versions?.length === 0 ? <p>No earlier versions yet{session.canKeepVersions ? '' : ': this browser does not let Counterpoint store data'}.</p> : null}
      <ul className="cp-versions" aria-label="Earlier versions">
        {versions?.map((v) => (
          <li key={v.id} className="cp-versions__row">
            {v.ok ? <VersionRow version={v} map={v.map} current={doc} previewing={preview === v.id} onPreview={() => setPreview(preview === v.id ? null : v.id)} onRestore={() => void restore(v.id)} /> : <UnreadableRow version={v} />}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function VersionRow({ version, map, current, previewing, onPreview, onRestore }: { version: VersionEntry; map: ArgumentMap; current: ArgumentMap; previewing: boolean; onPreview: () => void; onRestore: () => void }) {
  const s = summarizeVersion(map, current);
  const claims = map.nodes.filter((n) => n.kind === 'claim');
  return (
    <>
      <div className="cp-versions__line">
        <time dateTime={new Date(version.takenAt).toISOString()}>{when(version.takenAt)}</time>
        <span className="cp-versions__count">{s.nodes === 1 ? '1 node' : `${s.nodes} nodes`}</span>
        <span className="cp-muted">
          {s.claims} claims · {s.passages} passages · {s.works} works · {describeDifference(s)}
        </span>
        <span className="cp-versions__actions">
          <button type="button" className="cp-button" aria-expanded={previewing} onClick={onPreview}>
            Preview
          </button>
          <button type="button" className="cp-button cp-button--primary" onClick={onRestore}>
            Restore
          </button>
        </span>
      </div>
      {previewing ? (
        <div className="cp-versions__preview" aria-label="Preview (read-only)" role="region">
          <strong>{map.title}</strong>
          {claims.length ? (
            <ol>
              {claims.map((c) => (
                <li key={c.id}>{'title' in c && c.title ? `${c.title}: ${c.text}` : c.text}</li>
              ))}
            </ol>
          ) : (
            <p className="cp-muted">No claims.</p>
          )}
        </div>
      ) : null}
    </>
  );
}

function UnreadableRow({ version }: { version: Extract<VersionEntry, { ok: false }> }) {
  return (
    <div className="cp-versions__line">
      <time dateTime={new Date(version.takenAt).toISOString()}>{when(version.takenAt)}</time>
      <span className="cp-versions__bad">
        Unreadable:{' '}
        {version.problems.slice(0, 3).map((p, i) => (
          <code key={i} title={PROBLEM_CATALOGUE[p.code]?.summary ?? p.message}>
            {p.code}{' '}
          </code>
        ))}
      </span>
    </div>
  );
}
