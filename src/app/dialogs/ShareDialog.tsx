import { useId, useState } from 'react';
import { useCommandContext } from '../../commands/CommandsProvider';
import { isServerUrl, parseRoomLink } from '../../collab/room';
import { useCounterpoint } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { PresenceList, ROOM_STATES } from '../shell/LivePresence';
import { rememberedName, rememberedServer, rememberName, rememberServer } from '../shareSettings';

/**
 * File > Share…: puts the open map in a room on a collaboration server (`counterpoint serve`)
 * and gives the link that lets others join it; in a room, shows the link, who is here and
 * the connection, and lets this user leave (the map stays in this browser).
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { session } = useCommandContext();
  const live = useCounterpoint((s) => s.live);
  const title = useCounterpoint((s) => s.doc.title);
  const [server, setServer] = useState(rememberedServer);
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [joinLink, setJoinLink] = useState('');
  const ids = { server: useId(), name: useId(), link: useId(), join: useId() };
  const room = live.room;

  if (!session.live) {
    return (
      <Dialog title="Share" onClose={onClose} footer={<button type="button" className="cp-button" onClick={onClose}>Close</button>}>
        <p>Sharing is not available in this window.</p>
      </Dialog>
    );
  }
  const liveSession = session.live;

  /** The name others will see, kept for next time. */
  const introduce = () => {
    rememberName(name);
    liveSession.setName(name);
  };

  const start = async () => {
    if (!isServerUrl(server)) return setFailure('The server address must start with ws:// or wss:// (for example ws://127.0.0.1:1234).');
    setBusy(true);
    setFailure(null);
    try {
      rememberServer(server);
      introduce();
      // The address bar follows the room (roomUrl.ts), so a reload rejoins it.
      await liveSession.share(server);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const join = async () => {
    const parsed = await parseRoomLink(joinLink.trim());
    if (!parsed.ok) return setFailure(`That link does not open a shared map: ${parsed.reason}.`);
    setFailure(null);
    introduce();
    await liveSession.join(parsed.link);
    onClose();
  };

  const copy = async () => {
    if (!room) return;
    try {
      await navigator.clipboard.writeText(room.link);
      setCopied(true);
    } catch {
      // No clipboard permission: the link is selected in its field for the user to copy.
      (document.getElementById(ids.link) as HTMLInputElement | null)?.select();
    }
  };

  const footer = room ? (
    <>
      <button type="button" className="cp-button" onClick={() => void liveSession.leave().then(onClose)}>
        Stop sharing
      </button>
      <button type="button" className="cp-button cp-button--primary" onClick={onClose}>
        Done
      </button>
    </>
  ) : (
    <>
      <button type="button" className="cp-button" onClick={onClose}>
        Cancel
      </button>
      <button type="button" className="cp-button cp-button--primary" disabled={busy} onClick={() => void start()}>
        {busy ? 'Sharing…' : 'Share this map'}
      </button>
    </>
  );

  return (
    <Dialog title={room ? `"${title}" is shared` : `Share "${title}"`} onClose={onClose} footer={footer}>
      {room ? (
        <div className="cp-share">
          <label htmlFor={ids.link}>Anyone with this link can edit the map with you:</label>
          <div className="cp-share__link">
            <input id={ids.link} className="cp-input" readOnly value={room.link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="cp-button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
          <p className="cp-muted">
            {ROOM_STATES[room.status] ?? room.status} · server {room.server}
          </p>
          <PresenceList />
          <p className="cp-muted">The link holds the room’s secret after the #: share it only with the people who should edit. Edits made offline are kept here and merge when the server is back.</p>
        </div>
      ) : (
        <form
          className="cp-share"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p>A copy of this map goes into a new room on a collaboration server; everyone with the link edits it live. This map stays as it is.</p>
          <label htmlFor={ids.server}>Server</label>
          <input id={ids.server} className="cp-input" value={server} onChange={(e) => setServer(e.target.value)} placeholder="ws://127.0.0.1:1234" spellCheck={false} />
          <p className="cp-muted">Start one with <code>npm run serve</code> (see the README, “Working together”).</p>
          <label htmlFor={ids.name}>Your name (shown to the others)</label>
          <input id={ids.name} className="cp-input" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} />
          <label htmlFor={ids.join}>Or join a shared map: paste its link</label>
          <div className="cp-share__link">
            <input id={ids.join} className="cp-input" value={joinLink} onChange={(e) => setJoinLink(e.target.value)} placeholder="https://…?room=…&server=…#secret=…" spellCheck={false} />
            <button type="button" className="cp-button" disabled={!joinLink.trim()} onClick={() => void join()}>
              Join
            </button>
          </div>
          {failure ? <p role="alert">{failure}</p> : null}
          {live.tabs > 0 ? <p className="cp-muted">This map is also open in {live.tabs === 1 ? 'another tab' : `${live.tabs} other tabs`}; their edits reach this one already.</p> : null}
        </form>
      )}
    </Dialog>
  );
}
