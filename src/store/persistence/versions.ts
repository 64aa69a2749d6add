import type { ArgumentMap } from '../../domain/schema/map';
import type { MapRepository, StoredVersion } from './repository';

export const VERSION_LIMIT = 20;
export const VERSION_INTERVAL_MS = 10 * 60 * 1000;

export interface VersionKeeperOptions {
  readonly limit?: number;
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** Runs a write later, off the edit path (the app: when the browser is idle). */
  readonly defer?: (run: () => void) => void;
  /** A write that failed (a full disk): shown to the user, never swallowed. */
  readonly onError?: (error: unknown) => void;
}

/** Runs work when the browser is idle (or soon, where it has no idle callback, as in unit tests). */
export function whenIdle(run: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/**
 * Keeps earlier versions of each map: one when it is opened, then at most one per interval
 * of editing (taken after an autosave), the last `limit` per map. Writes are queued one
 * after another and run off the edit path; a snapshot equal to the newest is not kept twice.
 */
export class VersionKeeper {
  private readonly limit: number;
  private readonly interval: number;
  private readonly now: () => number;
  private readonly defer: (run: () => void) => void;
  /** When the newest snapshot of each map was taken, once known. */
  private readonly lastTaken = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: MapRepository,
    private readonly options: VersionKeeperOptions = {},
  ) {
    this.limit = options.limit ?? VERSION_LIMIT;
    this.interval = options.intervalMs ?? VERSION_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.defer = options.defer ?? whenIdle;
  }

  /** The map as opened. */
  opened(key: string, map: ArgumentMap): void {
    this.enqueue(key, map);
  }

  /** The map as just saved: kept if the newest snapshot is older than the interval. */
  saved(key: string, map: ArgumentMap): void {
    const last = this.lastTaken.get(key);
    if (last !== undefined && this.now() - last < this.interval) return;
    this.enqueue(key, map);
  }

  /** The versions of a map, newest first. */
  async list(key: string): Promise<StoredVersion[]> {
    await this.queue;
    return this.newestFirst(key);
  }

  private async newestFirst(key: string): Promise<StoredVersion[]> {
    return (await this.repo.listVersions(key)).sort((a, b) => b.takenAt - a.takenAt || b.id - a.id);
  }

  /** Resolves once every snapshot asked for is written (tests, and before listing). */
  settled(): Promise<unknown> {
    return this.queue;
  }

  private enqueue(key: string, map: ArgumentMap): void {
    // Marked now, so a burst of saves asks for one snapshot, not one each.
    this.lastTaken.set(key, this.now());
    // One write after another: two snapshots listing and pruning at once would keep too many.
    this.queue = this.queue
      .then(() => new Promise<void>((resolve) => this.defer(resolve)))
      .then(() => this.take(key, map))
      .catch((e: unknown) => this.options.onError?.(e));
  }

  private async take(key: string, map: ArgumentMap): Promise<void> {
    const existing = await this.newestFirst(key);
    const newest = existing[0];
    if (newest && JSON.stringify(newest.map) === JSON.stringify(map)) return;
    await this.repo.addVersion({ key, takenAt: this.now(), map });
    // Oldest go first once there are more than the limit.
    for (const old of existing.slice(this.limit - 1)) await this.repo.deleteVersion(old.id);
  }
}
