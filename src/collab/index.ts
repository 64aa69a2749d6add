/**
 * A map on Yjs: the doc layout, map -> doc, doc -> map (through the one loader), diffs of
 * the user's edits into the doc, undo of one's own edits, room checks and room links.
 * Pure TypeScript over `domain` and Yjs: used by the server (`src/server`) and, in the app,
 * by the store binding. See docs/collaboration.md.
 */
export { applyMapDiff, fillDoc, mapToDoc } from './diff';
export { docToMapValue, DocMapReader, loadDocMap, settleDeletions } from './fromDoc';
export { COLLECTIONS, DOC_LAYOUT_VERSION, isEmptyDoc, sharedTypes, type CollectionName } from './layout';
export { ROOM_LIMITS, type RoomLimits } from './limits';
export { RoomGuard, type RoomGuardOptions, type UpdateVerdict } from './check';
export { createUndoManager, LOCAL_ORIGIN } from './undo';
export { MapDocBinding, type MapDocBindingOptions } from './binding';
export { shareUnchanged } from './share';
export { connectRoom, type RoomConnection, type RoomConnectionOptions, type RoomStatus } from './connection';
export {
  isRoomId,
  isRoomSecret,
  isServerUrl,
  newRoomSecret,
  parseRoomLink,
  roomIdForSecret,
  roomLink,
  secretOpensRoom,
  type RoomLink,
} from './room';
