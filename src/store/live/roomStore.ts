import * as Y from 'yjs';
import type { RoomLink } from '../../collab/room';
import type { MapRepository } from '../persistence/repository';

/** What this browser keeps of a room: how to reach it, and the doc's state for working offline. */
interface SavedRoom {
  readonly server: string;
  readonly secret: string;
  readonly state: Uint8Array | null;
}

const settingName = (roomId: string) => `room:${roomId}`;

export async function savedRoomLink(repo: MapRepository | null, roomId: string): Promise<RoomLink | null> {
  const saved = await repo?.getSetting<SavedRoom>(settingName(roomId)).catch(() => undefined);
  return saved && typeof saved.server === 'string' && typeof saved.secret === 'string' ? { room: roomId, server: saved.server, secret: saved.secret } : null;
}

/** Puts the room's saved state into a fresh doc: the same room's history, so it merges with what the server has. */
export async function restoreRoomState(repo: MapRepository | null, roomId: string, doc: Y.Doc, origin: unknown): Promise<boolean> {
  const saved = await repo?.getSetting<SavedRoom>(settingName(roomId)).catch(() => undefined);
  if (!(saved?.state instanceof Uint8Array)) return false;
  try {
    Y.applyUpdate(doc, saved.state, origin);
    return true;
  } catch {
    // A damaged saved state is dropped: the room's server has the map.
    return false;
  }
}

/**
 * Keeps a room's doc in this browser, written a moment after its changes stop, so edits made
 * offline survive a reload and merge when the server is reached again.
 */
export function keepRoomState(repo: MapRepository | null, link: RoomLink, doc: Y.Doc, onError: (e: unknown) => void): () => void {
  if (!repo) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const record: SavedRoom = { server: link.server, secret: link.secret, state: Y.encodeStateAsUpdate(doc) };
    repo.setSetting(settingName(link.room), record).catch(onError);
  };
  const onUpdate = () => {
    timer ??= setTimeout(write, 300);
  };
  doc.on('update', onUpdate);
  write();
  return () => {
    doc.off('update', onUpdate);
    if (timer) {
      clearTimeout(timer);
      write();
    }
  };
}

/** Forgets a room (Stop sharing): its local copy stays a map of this browser. */
export async function forgetRoom(repo: MapRepository | null, roomId: string): Promise<void> {
  await repo?.setSetting(settingName(roomId), undefined).catch(() => undefined);
}
