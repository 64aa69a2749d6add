import * as Y from 'yjs';
import { connectRoom, type RoomConnection, type RoomStatus } from '../../collab/connection';
import { mapToDoc } from '../../collab/diff';
import { loadDocMap } from '../../collab/fromDoc';
import { isEmptyDoc } from '../../collab/layout';
import { newRoomSecret, roomIdForSecret, roomLink, type RoomLink } from '../../collab/room';
import type { LoadResult, SourceReader } from '../../domain/loader';
import type { MapRepository } from '../persistence/repository';
import { describeStorageError } from '../persistence/storageFaults';
import { ALONE } from '../slices/live';
import type { CounterpointStore, Peer } from '../types';
import { attachLiveDoc, type LiveDoc } from './liveDoc';
import { CursorShare } from './cursorShare';
import { colorFor, cursorsFromStates, peersFromStates, roomIdOfKey, roomMapKey, samePeers, selectionForPresence, type PeerCursor } from './presence';
import { forgetRoom, keepRoomState, restoreRoomState, savedRoomLink } from './roomStore';
import { TAB_ORIGIN, TabRelay, type ChannelLike } from './tabRelay';

export interface LiveSessionOptions {
  readonly readSource: SourceReader;
  readonly repo: MapRepository | null;
  /** Opens a room's map in the store (saved in this browser under its key), as any map that enters. */
  readonly openMap: (key: string, loaded: LoadResult & { ok: true }) => Promise<void>;
  /** A channel between the tabs of this browser; null where there is none. */
  readonly channel?: (name: string) => ChannelLike | null;
  /** The page's address, for room links. */
  readonly appUrl?: () => string;
  readonly WebSocketPolyfill?: unknown;
}

const ROOM_ORIGIN = Symbol('counterpoint-room-storage');

/**
 * Everything live about the open map: the other tabs that have it open (edits relayed
 * between them) and, when it is shared, its room on a server (the connection, presence,
 * the copy kept for working offline). The store stays what the UI shows; while live, a
 * Y.Doc joined to it (`attachLiveDoc`) is the truth it follows.
 */
export class LiveSession {
  private key: string | null = null;
  private doc: Y.Doc | null = null;
  private liveDoc: LiveDoc | null = null;
  private relay: TabRelay | null = null;
  private room: { link: RoomLink; connection: RoomConnection; stop: () => void; opened: boolean } | null = null;
  /** A map this session is opening itself: its open must not tear the live state down. */
  private opening: string | null = null;
  private serial: number;
  private self: Peer | null = null;
  private name = 'Guest';
  private readonly cursors = new CursorShare((cursor) => this.room?.connection.provider.awareness?.setLocalStateField('cursor', cursor));

  constructor(
    private readonly store: CounterpointStore,
    private readonly options: LiveSessionOptions,
  ) {
    this.serial = store.getState().openSerial;
    store.subscribe((s) => {
      if (s.openSerial !== this.serial) this.follow();
    });
    store.subscribe((s, prev) => {
      if (s.selection !== prev.selection) this.room?.connection.provider.awareness?.setLocalStateField('selection', selectionForPresence(s.selection.nodes));
    });
    // A store that already shows a map (tests, a late start) is followed now; the app's store
    // opens its first map later, and a channel for the placeholder map would only be closed again.
    if (store.getState().openSerial > 0) this.follow();
  }

  /** The name others see (kept by the app between visits). */
  setName(name: string): void {
    this.name = name.trim().slice(0, 40) || 'Guest';
    if (this.self) this.publishSelf();
  }

  /**
   * Shares the open map in a new room on `server`: the map is copied to a map of its own
   * (`room-<id>`, kept in this browser), which fills the room. Resolves to the room's link.
   */
  async share(server: string): Promise<string> {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const key = roomMapKey(room);
    const s = this.store.getState();
    const map = { ...s.doc, id: key };
    this.teardown();
    await this.openOwn(key, { ok: true, map, sourceTexts: s.sourceTexts, anchors: s.anchors, problems: [] });
    const link = { room, server, secret };
    // Made from the map as the store holds it once opened (placement may have filled gaps).
    this.enterRoom(key, link, mapToDoc(this.store.getState().doc), true);
    return this.linkFor(link);
  }

  /** Joins a room from its link: the copy kept here first (to work offline), then the server's. */
  async join(link: RoomLink): Promise<void> {
    const key = roomMapKey(link.room);
    const doc = new Y.Doc();
    await restoreRoomState(this.options.repo, link.room, doc, ROOM_ORIGIN);
    this.teardown();
    const hasMap = !isEmptyDoc(doc);
    // Refused as saved here: the saved state is kept (it may hold edits not yet sent), the open map goes on.
    if (hasMap && !(await this.openFromDoc(key, doc))) return this.openRelay(this.store.getState().mapKey);
    this.enterRoom(key, link, doc, hasMap);
  }

  /** Whether the open map is shared in a room (pointers and presence go out). */
  get inRoom(): boolean {
    return this.room !== null;
  }

  /** This user's pointer moved on the map (map units; null: it left the map): shown to the room. */
  moveCursor(point: { x: number; y: number } | null): void {
    if (this.room) this.cursors.move(point);
  }

  /** Others' pointers on the map, now and at every move; returns the unsubscribe. */
  subscribeCursors(listener: (cursors: readonly PeerCursor[]) => void): () => void {
    return this.cursors.subscribe(listener);
  }

  /** Leaves the room: the map stays here as a map of this browser, no longer shared. */
  async leave(): Promise<void> {
    const room = this.room?.link.room;
    this.teardown();
    if (room) await forgetRoom(this.options.repo, room);
    this.openRelay(this.store.getState().mapKey);
  }

  dispose(): void {
    this.teardown();
  }

  /**
   * The room's map arrived and this app's loader refused it (a map from a newer version, or
   * sources this browser reads otherwise): not joined, so the toolbar does not wait on a room
   * whose map will never be shown; the open map goes on as before, alone or with its tabs.
   */
  private async stayOut(roomId: string): Promise<void> {
    this.teardown();
    await forgetRoom(this.options.repo, roomId);
    this.openRelay(this.store.getState().mapKey);
  }

  /** The open map changed (opened from the picker, imported, reset to a new map): start over for it. */
  private follow(): void {
    const { openSerial, mapKey } = this.store.getState();
    this.serial = openSerial;
    if (this.opening === mapKey) return;
    if (mapKey === this.key && this.room) {
      // The room's own map reopened (a version restored is an edit, not an open): keep the room.
      this.liveDoc?.refresh();
      return;
    }
    this.teardown();
    const roomId = roomIdOfKey(mapKey);
    if (roomId) {
      // A room's map opened from the picker: rejoin it if this browser knows its link.
      void savedRoomLink(this.options.repo, roomId).then((link) => {
        if (link && this.store.getState().mapKey === mapKey && !this.room) void this.join(link);
        else if (!link) this.openRelay(mapKey);
      });
      return;
    }
    this.openRelay(mapKey);
  }

  private openRelay(key: string): void {
    this.key = key;
    const channel = this.channelFor(key);
    if (!channel) return;
    this.relay = new TabRelay({
      channel,
      docForPeer: () => this.ensureDoc(),
      currentDoc: () => this.doc,
      adopt: (state) => {
        this.doc = new Y.Doc();
        Y.applyUpdate(this.doc, state, TAB_ORIGIN);
        this.attach();
        this.liveDoc?.refresh();
      },
      onTabs: (tabs) => {
        this.store.getState().setLive({ tabs, mode: this.room ? 'room' : tabs > 0 ? 'tabs' : 'alone' });
        if (tabs === 0 && !this.room) this.detachDoc();
      },
    });
  }

  private enterRoom(key: string, link: RoomLink, doc: Y.Doc, opened: boolean): void {
    this.key = key;
    this.doc = doc;
    if (opened) this.attach();
    const stopKeeping = keepRoomState(this.options.repo, link, doc, (e) => this.store.getState().setSaveStatus('error', { error: describeStorageError(e) }));
    let hasOpened = opened;
    // The room's map may come with the first sync, or just after it (relayed from another
    // instance through Redis, or from another tab): opened as soon as the doc holds one.
    const openWhenFilled = () => {
      if (hasOpened || isEmptyDoc(doc)) return;
      hasOpened = true;
      doc.off('update', openWhenFilled);
      void this.openFromDoc(key, doc).then((ok) => {
        if (this.room?.connection !== connection) return;
        if (!ok) return void this.stayOut(link.room);
        this.attach();
        this.room.opened = true;
        this.showStatus(connection.status);
      });
    };
    if (!opened) doc.on('update', openWhenFilled);
    const connection = connectRoom({
      server: link.server,
      room: link.room,
      secret: link.secret,
      doc,
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
      onStatus: (status) => {
        this.showStatus(status);
        if (status.state === 'online') openWhenFilled();
      },
    });
    this.room = { link, connection, stop: stopKeeping, opened };
    const awareness = connection.provider.awareness;
    awareness?.on('change', () => {
      const states = awareness.getStates();
      const peers = peersFromStates(states, doc.clientID);
      if (!samePeers(peers, this.store.getState().live.peers)) this.store.getState().setLive({ peers });
      this.cursors.received(cursorsFromStates(states, doc.clientID));
    });
    this.self = { clientId: doc.clientID, name: this.name, color: colorFor(doc.clientID), selection: [] };
    this.publishSelf();
    this.store.getState().setLive({
      mode: 'room',
      room: { id: link.room, server: link.server, link: this.linkFor(link), status: this.shownState(connection.status) },
      self: this.self,
      peers: [],
    });
    // The room's doc exists now, so the relay answers other tabs with it (never a fill of its own).
    if (!this.relay) this.openRelay(key);
    this.relay?.watch(doc);
  }

  private showStatus(status: RoomStatus): void {
    const room = this.store.getState().live.room;
    if (!room) return;
    this.store.getState().setLive({ room: { ...room, status: this.shownState(status), ...('reason' in status ? { reason: status.reason } : {}) } });
    if (status.state === 'denied') this.store.getState().notify({ tone: 'error', text: 'The room refused this link: the server did not accept its secret. Nothing of the room was received.' });
    if (status.state === 'refused') {
      this.store.getState().notify({ tone: 'error', text: `The room refused an edit (${'reason' in status ? status.reason : 'no reason given'}). The room is as it was; open the link again to go on.` });
    }
  }

  /** Joining a room whose map is not here yet: "Live" waits until the map shown is the room's. */
  private shownState(status: RoomStatus): RoomStatus['state'] {
    return status.state === 'online' && this.room && !this.room.opened ? 'connecting' : status.state;
  }

  private publishSelf(): void {
    if (!this.self) return;
    this.self = { ...this.self, name: this.name };
    this.room?.connection.provider.awareness?.setLocalStateField('user', { name: this.self.name, color: this.self.color });
    this.room?.connection.provider.awareness?.setLocalStateField('selection', selectionForPresence(this.store.getState().selection.nodes));
    this.store.getState().setLive({ self: this.self });
  }

  private async openFromDoc(key: string, doc: Y.Doc): Promise<boolean> {
    const result = loadDocMap(doc, { readSource: this.options.readSource });
    if (!result.ok) {
      this.store.getState().notify({ tone: 'error', title: 'The shared map could not be opened', text: 'The room\u2019s map was refused by the loader, so you have not joined the room; the open map was not changed.', problems: result.problems });
      return false;
    }
    await this.openOwn(key, { ...result, map: { ...result.map, id: key } });
    return true;
  }

  private async openOwn(key: string, loaded: LoadResult & { ok: true }): Promise<void> {
    this.opening = key;
    try {
      await this.options.openMap(key, loaded);
    } finally {
      this.opening = null;
      this.serial = this.store.getState().openSerial;
    }
  }

  private ensureDoc(): Y.Doc {
    if (!this.doc) {
      this.doc = mapToDoc(this.store.getState().doc);
      this.attach();
    }
    return this.doc;
  }

  private attach(): void {
    if (!this.doc || this.liveDoc) return;
    this.liveDoc = attachLiveDoc(this.store, this.doc, this.options.readSource, (refused) =>
      this.store.getState().notify({
        tone: 'error',
        title: 'Edits from others could not be shown',
        text: 'Together they make a map the loader refuses; the map shown is the last one that loaded.',
        problems: refused.problems,
      }),
    );
  }

  private detachDoc(): void {
    this.liveDoc?.detach();
    this.liveDoc = null;
    this.doc?.destroy();
    this.doc = null;
  }

  private teardown(): void {
    this.cursors.clear();
    if (this.room) {
      this.room.connection.destroy();
      this.room.stop();
      this.room = null;
    }
    this.relay?.close();
    this.relay = null;
    this.detachDoc();
    this.key = null;
    this.self = null;
    this.store.getState().setLive(ALONE);
  }

  private channelFor(key: string): ChannelLike | null {
    const make = this.options.channel ?? ((name: string) => (typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel(name) as unknown as ChannelLike)));
    return make(`counterpoint-map:${key}`);
  }

  private linkFor(link: RoomLink): string {
    return roomLink(this.options.appUrl?.() ?? 'http://localhost/', link);
  }
}
