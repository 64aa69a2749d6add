import type { CounterpointStore } from '../store';

/** What the address bar names: the open map, the selected node, the open view and the outline's thesis. */
export interface UrlState {
  readonly map: string | null;
  readonly node: string | null;
  readonly view: string | null;
  readonly thesis?: string | null;
}

export function readUrl(search = location.search): UrlState {
  const params = new URLSearchParams(search);
  return { map: params.get('map'), node: params.get('node'), view: params.get('view'), thesis: params.get('thesis') };
}

export function urlFor(base: string, state: UrlState): string {
  const url = new URL(base);
  for (const key of ['map', 'node', 'view', 'thesis'] as const) {
    const value = state[key];
    if (value && !(key === 'view' && value === 'map')) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  return url.href;
}

/**
 * Keeps the address bar in step with the store (replacing, not pushing, history entries:
 * selecting nodes should not fill the back button), so a copied link reopens the same
 * map, node and view.
 */
export function syncUrl(store: CounterpointStore): () => void {
  let last = '';
  const write = () => {
    const s = store.getState();
    const node = s.selection.nodes.length === 1 ? s.selection.nodes[0]! : null;
    // The thesis only means something while the outline is shown.
    const thesis = s.view === 'outline' ? s.outlineThesis : null;
    const next = urlFor(location.href, { map: s.mapKey, node, view: s.view, thesis });
    if (next !== last && next !== location.href) history.replaceState(history.state, '', next);
    last = next;
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.mapKey !== previous.mapKey || state.selection !== previous.selection || state.view !== previous.view || state.outlineThesis !== previous.outlineThesis) write();
  });
}
