/**
 * What one room may hold. A room is refused an edit that would take it past these, so one
 * client cannot grow a room (and the server's memory and disk) without bound.
 *
 * - 5,000 nodes: the largest map the editor is benchmarked on (`npm run bench`); the shipped
 *   maps have at most about a hundred.
 * - 16 MiB of encoded document: a 5,000-node map with its edges and layout encodes to a few
 *   MiB, and a map's history (deleted records keep a few bytes each) has room to grow.
 * - 16 MiB per message on the wire (the WebSocket's maximum payload), so the first fill of
 *   the largest room fits in one message.
 */
export interface RoomLimits {
  readonly maxDocBytes: number;
  readonly maxNodes: number;
  readonly maxMessageBytes: number;
}

export const ROOM_LIMITS: RoomLimits = {
  maxDocBytes: 16 * 1024 * 1024,
  maxNodes: 5_000,
  maxMessageBytes: 16 * 1024 * 1024,
};
