import type { Document, Extension, Hocuspocus, onChangePayload, onLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { isEmptyDoc, loadDocMap } from '../collab';
import type { SourceReader } from '../domain/loader';
import { safeName } from './auth';
import type { Log } from './log';
import type { RoomFiles } from './storage';

/** A room is written this long after its last change, and at least this often while it changes. */
const STORE_DELAY_MS = 1_000;
const STORE_MAX_DELAY_MS = 5_000;

export interface RoomPersistence extends Extension {
  /** Writes every open room now (on shutdown); returns how many. */
  storeAll(instance: Hocuspocus): number;
}

/**
 * Loads each room from its file, checking its map through the loader before it is served,
 * and writes it back a second after changes stop (every 5 seconds at most while they go on),
 * when it is unloaded, and on shutdown. Changes relayed from other instances through Redis
 * are written too, so each instance's folder holds the whole room.
 */
export function roomPersistence(files: RoomFiles, readSource: SourceReader, log: Log): RoomPersistence {
  const pending = new Map<string, { timer: NodeJS.Timeout; first: number; document: Document }>();

  const store = (name: string, document: Document) => {
    const entry = pending.get(name);
    if (entry) clearTimeout(entry.timer);
    pending.delete(name);
    const bytes = files.write(name, document);
    log(`room ${name} stored: ${bytes} bytes`);
  };

  const schedule = (name: string, document: Document) => {
    const now = Date.now();
    const entry = pending.get(name);
    if (entry) clearTimeout(entry.timer);
    const first = entry?.first ?? now;
    const wait = Math.max(0, Math.min(STORE_DELAY_MS, first + STORE_MAX_DELAY_MS - now));
    const timer = setTimeout(() => {
      try {
        store(name, document);
      } catch (e) {
        log(`room ${name} could not be stored: ${(e as Error).message}`);
      }
    }, wait);
    pending.set(name, { timer, first, document });
  };

  return {
    extensionName: 'counterpoint-room-files',
    // Before the Redis extension (1000): rooms are written before it delays their unloading.
    priority: 1100,

    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const state = files.read(documentName);
      if (!state) {
        log(`room ${documentName} opened: new, empty until its first map arrives`);
        return;
      }
      try {
        Y.applyUpdate(document, state);
      } catch (e) {
        return refuse(documentName, `its file cannot be read: ${(e as Error).message}`);
      }
      if (isEmptyDoc(document)) return;
      const loaded = loadDocMap(document, { readSource });
      if (!loaded.ok) {
        const first = loaded.problems.find((p) => p.severity === 'error');
        return refuse(documentName, first ? `${first.code} at ${first.path}: ${first.message}` : 'its map does not load');
      }
      log(`room ${documentName} opened: ${loaded.map.nodes.length} nodes, ${state.byteLength} bytes`);
    },

    async onChange({ documentName, document }: onChangePayload) {
      schedule(documentName, document);
    },

    async beforeUnloadDocument({ documentName, document }) {
      if (pending.has(documentName)) store(documentName, document);
    },

    async afterUnloadDocument({ documentName }) {
      log(`room ${safeName(documentName)} closed`);
    },

    storeAll(instance: Hocuspocus): number {
      let stored = 0;
      for (const [name, document] of instance.documents) {
        // Every room, not only those with a write pending: a change may still be on its way
        // through other hooks, and writing an unchanged room is harmless (it merges).
        if (document.isLoading || isEmptyDoc(document)) continue;
        store(name, document);
        stored++;
      }
      return stored;
    },
  };

  function refuse(room: string, why: string): never {
    log(`room ${room} not served: ROOM_STORED_INVALID: ${why}`);
    throw { reason: 'room-unavailable' };
  }
}
