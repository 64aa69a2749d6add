import * as Y from 'yjs';
import { hasErrors, type Problem, type ProblemCode } from '../domain/errors';
import { loadMapValue, type SourceReader } from '../domain/loader';
import { docToMapValue, DocMapReader } from './fromDoc';
import { isEmptyDoc } from './layout';
import { ROOM_LIMITS, type RoomLimits } from './limits';

export type UpdateVerdict =
  | { readonly ok: true; readonly changed: boolean }
  | { readonly ok: false; readonly code: ProblemCode; readonly message: string; readonly problems: readonly Problem[] };

export interface RoomGuardOptions {
  readonly readSource: SourceReader;
  readonly limits?: RoomLimits;
}

/**
 * Tries each update on a copy of a room's doc before the room takes it, so an update that
 * would leave the map invalid or too large is refused without ever touching the room (Yjs
 * cannot take an update back). The copy follows the room: whatever the room takes, from any
 * source (clients here, other instances through Redis), is applied to the copy too.
 *
 * An update is refused when its result fails the loader or the limits; except that in a room
 * whose map already has errors (two valid edits can merge into an invalid one), an update
 * that adds no new error is taken, so the room keeps working while someone repairs it.
 */
export class RoomGuard {
  private copy: Y.Doc;
  private reader: DocMapReader;
  private approxBytes = 0;
  private readonly limits: RoomLimits;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.copy, update);

  constructor(
    private readonly room: Y.Doc,
    private readonly options: RoomGuardOptions,
  ) {
    this.limits = options.limits ?? ROOM_LIMITS;
    this.copy = this.rebuild();
    this.reader = new DocMapReader(this.copy);
    room.on('update', this.follow);
  }

  check(update: Uint8Array): UpdateVerdict {
    return this.attempt([update]);
  }

  /**
   * Checks updates that arrived together: all at once first (one load of the map for the
   * lot, which keeps a busy room cheap: the busier, the larger the lots), and one by one only
   * when the lot fails, so a bad update never takes good ones down with it. Once a sender's
   * update is refused, its later updates in the lot are refused too (they may build on it).
   */
  checkBatch<S>(items: readonly { readonly update: Uint8Array; readonly sender: S }[]): UpdateVerdict[] {
    if (items.length === 0) return [];
    const together = this.attempt(items.map((i) => i.update));
    if (together.ok || items.length === 1) return items.map(() => together);
    const refusedSenders = new Set<S>();
    return items.map(({ update, sender }) => {
      if (refusedSenders.has(sender)) return refused('ROOM_UPDATE_INVALID', 'an earlier update from this client was refused');
      const verdict = this.check(update);
      if (!verdict.ok) refusedSenders.add(sender);
      return verdict;
    });
  }

  private attempt(updates: readonly Uint8Array[]): UpdateVerdict {
    let changed = false;
    const seen = () => (changed = true);
    this.copy.on('update', seen);
    try {
      for (const update of updates) Y.applyUpdate(this.copy, update);
    } catch (e) {
      this.reset();
      return refused('ROOM_UPDATE_INVALID', `the update could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.copy.off('update', seen);
    }
    if (!changed) return { ok: true, changed: false };
    const verdict = this.judge();
    if (!verdict.ok) this.reset();
    return verdict;
  }

  dispose(): void {
    this.room.off('update', this.follow);
    this.reader.dispose();
    this.copy.destroy();
  }

  private judge(): UpdateVerdict {
    if (this.approxBytes > this.limits.maxDocBytes) {
      this.approxBytes = Y.encodeStateAsUpdate(this.copy).byteLength;
      if (this.approxBytes > this.limits.maxDocBytes) {
        return refused('ROOM_TOO_LARGE', `the room would hold ${this.approxBytes} bytes, over its limit of ${this.limits.maxDocBytes}`);
      }
    }
    const value = this.reader.read();
    const nodes = Array.isArray(value.nodes) ? value.nodes.length : 0;
    if (nodes > this.limits.maxNodes) {
      return refused('ROOM_TOO_LARGE', `the map would have ${nodes} nodes, over the room's limit of ${this.limits.maxNodes}`);
    }
    const result = loadMapValue(value, { readSource: this.options.readSource });
    if (result.ok) return { ok: true, changed: true };
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (!this.addsErrors(errors)) return { ok: true, changed: true };
    const first = errors[0];
    const what = first ? `${first.code} at ${first.path}: ${first.message}` : 'the map does not load';
    return refused('ROOM_UPDATE_INVALID', `the map would not load: ${what}`, errors);
  }

  /** Whether these errors are new, compared with the room as it is (an empty room has no map to spoil). */
  private addsErrors(errors: readonly Problem[]): boolean {
    if (isEmptyDoc(this.room)) return true;
    const current = loadMapValue(docToMapValue(this.room), { readSource: this.options.readSource });
    if (current.ok || !hasErrors(current.problems)) return true;
    const known = new Set(current.problems.map(problemKey));
    return errors.some((p) => !known.has(problemKey(p)));
  }

  private reset(): void {
    this.reader.dispose();
    this.copy.destroy();
    this.copy = this.rebuild();
    this.reader = new DocMapReader(this.copy);
  }

  private rebuild(): Y.Doc {
    const copy = new Y.Doc({ gc: this.room.gc });
    const state = Y.encodeStateAsUpdate(this.room);
    Y.applyUpdate(copy, state);
    this.approxBytes = state.byteLength;
    copy.on('update', (u: Uint8Array) => (this.approxBytes += u.byteLength));
    return copy;
  }
}

/** A problem's identity across edits: paths hold list indices, which shift, so the record is preferred. */
const problemKey = (p: Problem) => `${p.code}\u0000${p.recordId ?? p.path}`;

function refused(code: ProblemCode, message: string, problems: readonly Problem[] = []): UpdateVerdict {
  return { ok: false, code, message, problems };
}
