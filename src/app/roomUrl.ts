import { parseRoomLink, type RoomLink } from '../collab/room';
import type { CounterpointStore } from '../store';

/**
 * The room the address names (`?room=…&server=…#secret=…`), or why it names none; null when
 * it names no room at all.
 */
export async function roomInAddress(href = location.href): Promise<{ ok: true; link: RoomLink } | { ok: false; reason: string } | null> {
  const url = new URL(href);
  if (!url.searchParams.has('room')) return null;
  return parseRoomLink(href);
}

/**
 * Keeps the room in the address bar while the map is shared (so a reload rejoins it) and
 * takes it out when the map is not (left, or another map opened), so a reload does not.
 */
export function syncRoomUrl(store: CounterpointStore): () => void {
  const write = () => {
    const room = store.getState().live.room;
    const url = new URL(location.href);
    if (room) {
      const link = new URL(room.link);
      url.searchParams.set('room', link.searchParams.get('room') ?? room.id);
      url.searchParams.set('server', link.searchParams.get('server') ?? room.server);
      url.hash = link.hash;
    } else {
      if (!url.searchParams.has('room')) return;
      url.searchParams.delete('room');
      url.searchParams.delete('server');
      url.hash = '';
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  };
  write();
  return store.subscribe((s, prev) => {
    if (s.live.room !== prev.live.room) write();
  });
}
