import type { CounterpointStore } from '../store';
import type { UrlParam } from '../ui/registries';

/**
 * What the address bar names: the open map, the selected node and the open view, and what
 * each view adds of its own (the positions compared, the map's layout, the outline's
 * thesis: each view declares its `url` parameters). Defaults are left out.
 */
export interface UrlState {
  readonly map: string | null;
  readonly node: string | null;
  readonly view: string | null;
  /** The views' own parameters, by key; a missing or null one is left out of the address. */
  readonly params?: Readonly<Record<string, string | null>>;
}

const DEFAULT_VIEW = 'map';

export function readUrl(search = location.search, params: readonly UrlParam[] = []): UrlState {
  const query = new URLSearchParams(search);
  return {
    map: query.get('map'),
    node: query.get('node'),
    view: query.get('view'),
    params: Object.fromEntries(params.map((p) => [p.key, query.get(p.key)])),
  };
}

/** The address for a state; the views' parameters named in `known` are removed when the state leaves them out. */
export function urlFor(base: string, state: UrlState, known: readonly string[] = Object.keys(state.params ?? {})): string {
  const url = new URL(base);
  const set = (key: string, value: string | null | undefined) => {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  };
  set('map', state.map);
  set('node', state.node);
  set('view', state.view === DEFAULT_VIEW ? null : state.view);
  for (const key of known) set(key, state.params?.[key]);
  return url.href;
}

/** Sets the views as the address says (each view reads its own parameters). */
export function applyViewSettings(store: CounterpointStore, url: UrlState, params: readonly UrlParam[]): void {
  for (const p of params) {
    const value = url.params?.[p.key];
    if (value) p.apply(store, value);
  }
}

/**
 * Keeps the address bar in step with the store (replacing, not pushing, history entries:
 * selecting nodes should not fill the back button), so a copied link reopens the same
 * map, node and view.
 */
export function syncUrl(store: CounterpointStore, params: readonly UrlParam[]): () => void {
  let last = '';
  const write = () => {
    const s = store.getState();
    const node = s.selection.nodes.length === 1 ? s.selection.nodes[0]! : null;
    const values = Object.fromEntries(params.map((p) => [p.key, p.read(store)]));
    const next = urlFor(location.href, { map: s.mapKey, node, view: s.view, params: values }, params.map((p) => p.key));
    if (next !== last && next !== location.href) history.replaceState(history.state, '', next);
    last = next;
  };
  write();
  // Any change may change a view's parameter; building the address is cheap, and it is written only when it differs.
  return store.subscribe(write);
}
