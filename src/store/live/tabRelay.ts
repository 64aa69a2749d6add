import * as Y from 'yjs';

/** What tabs say to each other about one map, over a BroadcastChannel named after it. */
export type TabMessage =
  | { readonly t: 'hello'; readonly from: string }
  | { readonly t: 'here'; readonly from: string; readonly to: string; readonly state: Uint8Array | null }
  | { readonly t: 'update'; readonly from: string; readonly update: Uint8Array }
  | { readonly t: 'bye'; readonly from: string };

export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The origin of updates that came from another tab, so they are not sent back. */
export const TAB_ORIGIN: unique symbol = Symbol('counterpoint-other-tab');

export interface TabRelayOptions {
  readonly channel: ChannelLike;
  /** This tab's doc for the map, made on demand (filled from the store's map when it is made here first). */
  readonly docForPeer: () => Y.Doc;
  /** The doc if this tab has one yet. */
  readonly currentDoc: () => Y.Doc | null;
  /** Another tab sent its state before this one had a doc: make an empty one and take it. */
  readonly adopt: (state: Uint8Array) => void;
  readonly onTabs: (count: number) => void;
}

/**
 * Relays one map's Yjs updates between the tabs of this browser that have it open. A tab
 * says hello when it opens the map; each tab that has it answers with its whole state (made
 * from its map the first time another tab appears) and from then on every update of either
 * doc is posted to the others. Yjs merges the states, so two tabs never overwrite each other.
 */
export class TabRelay {
  readonly id = Math.random().toString(36).slice(2);
  private readonly tabs = new Set<string>();
  private watched: Y.Doc | null = null;
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== TAB_ORIGIN) this.post({ t: 'update', from: this.id, update });
  };

  constructor(private readonly options: TabRelayOptions) {
    options.channel.onmessage = (event) => this.receive(event.data as TabMessage);
    this.post({ t: 'hello', from: this.id });
  }

  /** Starts relaying a doc made for another reason (a room): its updates go to the other tabs too. */
  watch(doc: Y.Doc): void {
    if (this.watched === doc) return;
    this.watched?.off('update', this.onUpdate);
    this.watched = doc;
    doc.on('update', this.onUpdate);
  }

  close(): void {
    this.post({ t: 'bye', from: this.id });
    this.watched?.off('update', this.onUpdate);
    this.options.channel.onmessage = null;
    this.options.channel.close();
  }

  private receive(message: TabMessage): void {
    if (!message || typeof message !== 'object' || message.from === this.id) return;
    switch (message.t) {
      case 'hello': {
        this.meet(message.from);
        const doc = this.options.docForPeer();
        this.watch(doc);
        this.post({ t: 'here', from: this.id, to: message.from, state: Y.encodeStateAsUpdate(doc) });
        break;
      }
      case 'here':
        if (message.to !== this.id) return;
        this.meet(message.from);
        if (message.state) this.take(message.state);
        break;
      case 'update':
        this.meet(message.from);
        this.take(message.update);
        break;
      case 'bye':
        if (this.tabs.delete(message.from)) this.options.onTabs(this.tabs.size);
        break;
    }
  }

  private take(update: Uint8Array): void {
    const doc = this.options.currentDoc();
    if (doc) {
      this.watch(doc);
      Y.applyUpdate(doc, update, TAB_ORIGIN);
    } else {
      this.options.adopt(update);
      const adopted = this.options.currentDoc();
      if (adopted) this.watch(adopted);
    }
  }

  private meet(tab: string): void {
    if (this.tabs.has(tab)) return;
    this.tabs.add(tab);
    this.options.onTabs(this.tabs.size);
  }

  private post(message: TabMessage): void {
    try {
      this.options.channel.postMessage(message);
    } catch {
      // A closed channel (the page is going away): nothing to tell.
    }
  }
}
