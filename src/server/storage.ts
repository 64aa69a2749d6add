import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import * as Y from 'yjs';
import { isRoomId } from '../collab';

/**
 * Rooms on disk: `<data>/rooms/<room id>.ydoc`, each the room's Yjs state as one update.
 * File names come only from room ids (16 hex digits), checked again here, so no name a
 * client sends can reach outside the folder.
 *
 * A write merges what the file already holds with the room's state, then replaces the file
 * in one rename: instances that share a folder never lose each other's edits, and a crash
 * mid-write leaves the previous file whole.
 */
export class RoomFiles {
  readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(resolve(dataDir), 'rooms');
    mkdirSync(this.folder, { recursive: true });
  }

  pathOf(room: string): string {
    if (!isRoomId(room)) throw new Error(`not a room id: ${JSON.stringify(room).slice(0, 40)}`);
    const path = join(this.folder, `${room}.ydoc`);
    if (!path.startsWith(this.folder + sep)) throw new Error('room path escapes the data folder');
    return path;
  }

  read(room: string): Uint8Array | undefined {
    try {
      return new Uint8Array(readFileSync(this.pathOf(room)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Writes the room's state (merged with the file's); returns the bytes written. */
  write(room: string, doc: Y.Doc): number {
    const path = this.pathOf(room);
    const state = Y.encodeStateAsUpdate(doc);
    const existing = this.read(room);
    const merged = existing ? Y.mergeUpdates([existing, state]) : state;
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, merged);
    renameSync(temp, path);
    return merged.byteLength;
  }
}
