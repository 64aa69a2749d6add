import type { IncomingMessage } from 'node:http';
import type { Extension, onAuthenticatePayload, onListenPayload } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import { secretOpensRoom } from '../collab';
import type { Log } from './log';

/** How long a socket may stay open without opening a room. */
const AUTH_DEADLINE_MS = 10_000;
/** WebSocket close code for a refused secret (4000-4999 are the application's). */
export const CLOSE_FORBIDDEN = 4403;

/**
 * A client opens room `<id>` with the room's secret as its token; the server checks that the
 * secret hashes to the id (see collab/room.ts), so any instance can check any room with no
 * shared state. A wrong or missing secret is refused before anything of the room is loaded
 * or sent: Hocuspocus answers "permission denied" and this closes the socket. A socket that
 * opens no room in time is closed too.
 */
export function roomAuth(log: Log): Extension {
  const sockets = new WeakMap<IncomingMessage, WebSocket>();
  const admitted = new WeakSet<IncomingMessage>();

  return {
    extensionName: 'counterpoint-room-auth',

    async onListen({ instance }: onListenPayload) {
      instance.server?.webSocketServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
        sockets.set(request, socket);
        const deadline = setTimeout(() => {
          if (!admitted.has(request)) socket.close(CLOSE_FORBIDDEN, 'no room opened');
        }, AUTH_DEADLINE_MS);
        socket.once('close', () => clearTimeout(deadline));
      });
    },

    async onAuthenticate({ token, documentName, request }: onAuthenticatePayload) {
      if (await secretOpensRoom(token, documentName)) {
        admitted.add(request);
        return;
      }
      log(`room ${safeName(documentName)} refused a connection: wrong or missing secret`);
      // After Hocuspocus has sent its "permission denied" (queued before the close frame).
      setImmediate(() => sockets.get(request)?.close(CLOSE_FORBIDDEN, 'permission-denied'));
      // No `message`, so Hocuspocus does not log it a second time.
      throw { reason: 'permission-denied' };
    },
  };
}

/** A document name as it may be logged: a room id as is, anything else cut short and quoted. */
export function safeName(name: string): string {
  return /^[0-9a-f]{16}$/.test(name) ? name : JSON.stringify(name.slice(0, 24));
}
