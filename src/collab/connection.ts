import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import type * as Y from 'yjs';

/**
 * Where a client stands with its room:
 * - `connecting`, then `online` once the doc is in sync with the room;
 * - `offline`: the connection dropped; edits stay in the doc and merge when it comes back
 *   (the provider reconnects by itself);
 * - `denied`: the server refused the secret (nothing of the room was sent); final;
 * - `refused`: the server refused one of this client's updates (its `reason` starts with the
 *   problem code, e.g. `ROOM_UPDATE_INVALID: ...`); final for this doc, which now holds an
 *   edit the room will never take: open the room again in a fresh doc.
 */
export type RoomStatus =
  | { readonly state: 'connecting' | 'online' | 'offline' | 'denied' }
  | { readonly state: 'refused'; readonly reason: string };

export interface RoomConnectionOptions {
  /** The server's WebSocket URL (`ws:` or `wss:`). */
  readonly server: string;
  readonly room: string;
  readonly secret: string;
  readonly doc: Y.Doc;
  readonly onStatus?: (status: RoomStatus) => void;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  readonly WebSocketPolyfill?: unknown;
}

export interface RoomConnection {
  readonly provider: HocuspocusProvider;
  readonly status: RoomStatus;
  disconnect(): void;
  reconnect(): Promise<void>;
  destroy(): void;
}

/** Connects a doc to its room on a server with Hocuspocus's provider, and tracks the status. */
export function connectRoom(options: RoomConnectionOptions): RoomConnection {
  let status: RoomStatus = { state: 'connecting' };
  let final = false;
  // Declared first: the provider reports its status while it is being made.
  let provider: HocuspocusProvider | undefined = undefined;
  const set = (next: RoomStatus) => {
    if (final || (next.state === status.state && next.state !== 'refused')) return;
    final = next.state === 'denied' || next.state === 'refused';
    status = next;
    options.onStatus?.(next);
    if (final) queueMicrotask(() => provider?.disconnect());
  };
  const configuration: HocuspocusProviderConfiguration = {
    url: options.server,
    name: options.room,
    token: options.secret,
    document: options.doc,
    onStatus: ({ status: s }) => set({ state: s === 'connected' ? (provider?.isSynced ? 'online' : 'connecting') : s === 'connecting' ? 'connecting' : 'offline' }),
    onSynced: ({ state }) => state && set({ state: 'online' }),
    onAuthenticationFailed: () => set({ state: 'denied' }),
    onClose: ({ event }) => {
      const reason = String(event.reason ?? '');
      if (reason.startsWith('ROOM_')) set({ state: 'refused', reason });
    },
  };
  // The provider hands its configuration to the socket it makes, which takes the polyfill
  // (a field of the socket's configuration, not of the provider's type).
  const made = new HocuspocusProvider(
    (options.WebSocketPolyfill ? { ...configuration, WebSocketPolyfill: options.WebSocketPolyfill } : configuration) as HocuspocusProviderConfiguration,
  );
  provider = made;
  return {
    provider: made,
    get status() {
      return status;
    },
    disconnect: () => made.disconnect(),
    reconnect: async () => {
      if (!final) await made.connect();
    },
    destroy: () => made.destroy(),
  };
}
