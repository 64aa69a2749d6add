import type { CounterpointStore } from '../store';

/** What the address bar names: the open map, the selected node and the open view. */
export interface UrlState {
  readonly map: string | null;
  readonly node: string | null;
  readonly view: string | null;
}

export function readUrl(search = location.search): UrlState {
  const params = new URLSearchParams(search);
  return { map: params.get('map'), node: params.get('node'), view: params.get('view') };
}

export function urlFor(base: string, state: UrlState): string {
  const url = new URL(base);
  for (const key of ['map', 'node', 'view'] as const) {
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
    const next = urlFor(location.href, { map: s.mapKey, node, view: s.view });
    if (next !== last && next !== location.href) history.replaceState(history.state, '', next);
    last = next;
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.mapKey !== previous.mapKey || state.selection !== previous.selection || state.view !== previous.view) write();
  });
}
