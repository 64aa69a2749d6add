import { useCommand } from '../../commands/CommandsProvider';
import { useCounterpoint } from '../../store';
import type { Peer } from '../../store';

/** How a room's connection reads to a user. */
export const ROOM_STATES: Readonly<Record<string, string>> = {
  connecting: 'Connecting…',
  online: 'Live',
  offline: 'Offline: edits are kept and merge on reconnect',
  denied: 'Refused: the link’s secret is wrong',
  refused: 'The room refused an edit',
};

const SHORT_STATES: Readonly<Record<string, string>> = { connecting: 'Connecting…', online: 'Live', offline: 'Offline', denied: 'Refused', refused: 'Refused' };

function Avatar({ peer, self }: { peer: Peer; self?: boolean }) {
  return (
    <span className="cp-avatar" style={{ backgroundColor: peer.color }} title={self ? `${peer.name} (you)` : peer.name} aria-hidden="true">
      {initials(peer.name)}
    </span>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? parts[0]![0]! + parts[parts.length - 1]![0]! : (parts[0] ?? '?').slice(0, 2)).toUpperCase();
}

/**
 * The toolbar's word on who else has the map: the room's state and the people in it (click
 * for File > Share…), or the other tabs editing it too. Nothing while working alone.
 */
export function LiveStatus() {
  const live = useCounterpoint((s) => s.live);
  const { run } = useCommand('map.share');
  if (live.mode === 'alone') return null;
  if (!live.room) {
    return (
      <span className="cp-live cp-live--tabs" role="status">
        Open in {live.tabs + 1} tabs · edits shared
      </span>
    );
  }
  const people = live.peers.length;
  const label = `${SHORT_STATES[live.room.status] ?? live.room.status}${people ? ` · ${people + 1} here` : ''}`;
  return (
    <button type="button" className={`cp-live cp-live--${live.room.status}`} onClick={run} title={ROOM_STATES[live.room.status]} aria-label={`Shared map: ${label}. Show sharing`}>
      <span className="cp-live__dot" aria-hidden="true" />
      <span role="status">{label}</span>
      <span className="cp-live__people">
        {live.self ? <Avatar peer={live.self} self /> : null}
        {live.peers.slice(0, 5).map((p) => (
          <Avatar key={p.clientId} peer={p} />
        ))}
      </span>
    </button>
  );
}

/** Everyone in the room, this user first, each in their colour. */
export function PresenceList() {
  const self = useCounterpoint((s) => s.live.self);
  const peers = useCounterpoint((s) => s.live.peers);
  return (
    <ul className="cp-presence" aria-label="People in this room">
      {self ? (
        <li>
          <Avatar peer={self} self /> {self.name} (you)
        </li>
      ) : null}
      {peers.map((p) => (
        <li key={p.clientId}>
          <Avatar peer={p} /> {p.name}
        </li>
      ))}
      {peers.length === 0 ? <li className="cp-muted">Nobody else yet.</li> : null}
    </ul>
  );
}
