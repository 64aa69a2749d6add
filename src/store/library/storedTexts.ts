import type { SourceReader } from '../../domain/loader';
import { HASH_PATTERN } from '../../domain/text/hash';
import type { MapRepository } from '../persistence/repository';

/**
 * The source texts this browser keeps by hash (`stored: "browser"`): too long to copy into
 * every saved map and undo record, they live in IndexedDB once. The loader is synchronous,
 * so the texts a map names are fetched into memory before it is loaded (`fetchFor`), and
 * the reader it is given answers `byHash` from here.
 */
export class StoredTexts {
  private readonly texts = new Map<string, string>();

  constructor(private readonly repo: MapRepository | null) {}

  /** Whether this browser can keep texts at all (false when IndexedDB is unavailable). */
  get canStore(): boolean {
    return this.repo !== null;
  }

  get(hash: string): string | undefined {
    return this.texts.get(hash);
  }

  /** Keeps a text under its hash, in memory and in IndexedDB; resolves once it is on disk. */
  async keep(hash: string, text: string): Promise<void> {
    if (!this.repo) throw new Error('this browser cannot keep source texts (IndexedDB is unavailable)');
    await this.repo.putSourceText(hash, text);
    this.texts.set(hash, text);
  }

  /** Reads into memory the stored texts a map (as saved, not yet loaded) names; a failed read leaves that text missing. */
  async fetchFor(map: unknown): Promise<void> {
    if (!this.repo) return;
    const wanted = storedHashes(map).filter((h) => !this.texts.has(h));
    await Promise.all(
      wanted.map(async (hash) => {
        const text = await this.repo!.getSourceText(hash).catch(() => undefined);
        if (text !== undefined) this.texts.set(hash, text);
      }),
    );
  }

  /** The host's reader of source files, answering for texts kept here by hash too. */
  reader(files: SourceReader): SourceReader {
    const read = (path: string) => files(path);
    return Object.assign(read, {
      byHash: (hash: string) => {
        const text = this.texts.get(hash);
        return text === undefined ? { status: 'missing' as const } : { status: 'ok' as const, text };
      },
    });
  }
}

/** The hashes of the sources a raw map value keeps in the browser; nothing for a value that is not a map. */
export function storedHashes(map: unknown): string[] {
  const sources = (map as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  const out = new Set<string>();
  for (const s of sources as unknown[]) {
    const { stored, hash } = (s ?? {}) as { stored?: unknown; hash?: unknown };
    if (stored === 'browser' && typeof hash === 'string' && HASH_PATTERN.test(hash)) out.add(hash);
  }
  return [...out];
}
