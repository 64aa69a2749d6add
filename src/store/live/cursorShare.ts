import { cursorForPresence, type PeerCursor } from './presence';

type Point = { readonly x: number; readonly y: number };

/**
 * The pointers shared in a room. Kept out of the store: they move many times a second, and
 * every node's presence marks would otherwise be checked again at each move. This client's
 * own pointer is sent at most once per `interval` ms (the last position always goes out), so
 * thirty people moving their mice do not flood the server.
 */
export class CursorShare {
  private readonly listeners = new Set<(cursors: readonly PeerCursor[]) => void>();
  private cursors: readonly PeerCursor[] = [];
  private lastSent = -Infinity;
  private pending: { point: Point | null } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly publish: (cursor: Point | null) => void,
    private readonly interval = 80,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** This client's pointer moved to `point` on the map (null: it left the map). */
  move(point: Point | null): void {
    this.pending = { point: cursorForPresence(point) };
    if (this.timer) return;
    const wait = this.lastSent + this.interval - this.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Others' pointers, as the room's presence now has them. */
  received(cursors: readonly PeerCursor[]): void {
    if (cursors.length === 0 && this.cursors.length === 0) return;
    this.cursors = cursors;
    for (const listener of this.listeners) listener(cursors);
  }

  /** Calls `listener` with others' pointers now and at every change; returns the unsubscribe. */
  subscribe(listener: (cursors: readonly PeerCursor[]) => void): () => void {
    this.listeners.add(listener);
    listener(this.cursors);
    return () => this.listeners.delete(listener);
  }

  /** The room was left: nobody's pointer is shown, and nothing waiting is sent. */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.received([]);
  }

  private flush(): void {
    this.timer = null;
    if (!this.pending) return;
    const { point } = this.pending;
    this.pending = null;
    this.lastSent = this.now();
    this.publish(point);
  }
}
