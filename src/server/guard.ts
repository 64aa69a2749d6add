import type { Connection, Document, Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { RoomGuard, type RoomLimits } from '../collab';
import type { SourceReader } from '../domain/loader';
import type { Log } from './log';

/** Hocuspocus message types (its `MessageType`) and y-protocols sync steps this reads. */
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Presence (names, colours, cursors) is small; more is not presence. */
const MAX_AWARENESS_BYTES = 64 * 1024;
/** WebSocket-level code sent with a refusal, in the application's range. */
export const CLOSE_REFUSED = 4422;

/**
 * Checks every document update a client sends before the room takes it (`RoomGuard`): one
 * that would leave the map invalid or over the limits is refused, the room stays as it was
 * for everyone else, and the sender's connection to the room is closed with the reason
 * (`ROOM_UPDATE_INVALID: ...`), since its copy now holds an edit the room will never have;
 * whatever else it sends on that connection is dropped.
 */
export function roomGuards(readSource: SourceReader, limits: RoomLimits, log: Log): Extension {
  const guards = new Map<Document, RoomGuard>();
  const queues = new Map<Document, Pending[]>();
  const refused = new WeakSet<object>();

  const refuse = (connection: Connection, documentName: string, reason: string): Promise<never> => {
    if (!refused.has(connection)) {
      refused.add(connection);
      log(`room ${documentName} refused an update: ${reason}`);
      // Closing the connection ourselves sends the reason to the client; throwing would
      // too, but Hocuspocus would also print the whole refusal to stderr a second time.
      connection.close({ code: CLOSE_REFUSED, reason: reason.slice(0, 300) });
    }
    return holdForever();
  };

  /** Checks the updates that arrived while the event loop was busy, as one lot. */
  const flush = (document: Document) => {
    const queue = queues.get(document) ?? [];
    queues.delete(document);
    const guard = guards.get(document);
    const verdicts = guard ? guard.checkBatch(queue.map((p) => ({ update: p.update, sender: p.connection }))) : [];
    queue.forEach((pending, i) => {
      const verdict = verdicts[i];
      // A refused sender's messages are never let through (nor answered).
      if (refused.has(pending.connection)) return;
      if (verdict?.ok) pending.pass();
      else void refuse(pending.connection, document.name, verdict ? `${verdict.code}: ${verdict.message}` : 'ROOM_UPDATE_INVALID: the room is not ready');
    });
  };

  return {
    extensionName: 'counterpoint-room-guard',
    priority: 1100,

    async afterLoadDocument({ document }) {
      guards.set(document, new RoomGuard(document, { readSource, limits }));
    },

    async beforeHandleMessage({ update: message, document, documentName, connection }: beforeHandleMessagePayload) {
      if (refused.has(connection)) return holdForever();
      const part = readMessage(message);
      if (part.kind === 'awareness' && part.bytes > MAX_AWARENESS_BYTES) {
        return refuse(connection, documentName, `ROOM_TOO_LARGE: presence of ${part.bytes} bytes, over ${MAX_AWARENESS_BYTES}`);
      }
      if (part.kind !== 'update') return;
      return new Promise<void>((resolve) => {
        let queue = queues.get(document);
        if (!queue) {
          queue = [];
          queues.set(document, queue);
          setImmediate(() => flush(document));
        }
        // Let through in arrival order, so Hocuspocus applies the lot in the order it came.
        queue.push({ update: part.update, connection, pass: resolve });
      });
    },

    async afterUnloadDocument({ documentName, instance }) {
      for (const [document, guard] of guards) {
        if (document.name === documentName && instance.documents.get(documentName) !== document) {
          guard.dispose();
          guards.delete(document);
        }
      }
    },
  };
}

interface Pending {
  readonly update: Uint8Array;
  readonly connection: Connection;
  /** Lets the message through; a message never let through is held for good. */
  readonly pass: () => void;
}

/**
 * The message is never handled: Hocuspocus applies a message once this hook resolves and
 * closes the connection when it rejects; a promise that never settles does neither, and
 * nothing holds on to it, so it is collected with the message.
 */
function holdForever(): Promise<never> {
  return new Promise<never>(() => undefined);
}

type MessagePart = { kind: 'update'; update: Uint8Array } | { kind: 'awareness'; bytes: number } | { kind: 'other' };

/** The document update a message carries (sync step 2 or an update), if any. */
export function readMessage(message: Uint8Array): MessagePart {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === AWARENESS) return { kind: 'awareness', bytes: message.byteLength };
  if (type !== SYNC && type !== SYNC_REPLY) return { kind: 'other' };
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return { kind: 'other' };
  return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
}
