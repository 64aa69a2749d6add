import type { CounterpointStore } from '../store';

/**
 * What the address bar names: the open map, the selected node and the open view, and how
 * the views are set: the positions compared (comma-separated), the map's layout ("lanes")
 * and the part of the compare view ("timeline"). Defaults are left out.
 */
export interface UrlState {
  readonly map: string | null;
  readonly node: string | null;
  readonly view: string | null;
  readonly positions?: string | null;
  readonly layout?: string | null;
  readonly compare?: string | null;
  /** The outline's thesis, while the outline view is open. */
  readonly thesis?: string | null;
}

const KEYS = ['map', 'node', 'view', 'positions', 'layout', 'compare', 'thesis'] as const;
const DEFAULTS: Partial<Record<(typeof KEYS)[number], string>> = { view: 'map', layout: 'free', compare: 'matrix' };

export function readUrl(search = location.search): UrlState {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key)])) as unknown as UrlState;
}

export function urlFor(base: string, state: UrlState): string {
  const url = new URL(base);
  for (const key of KEYS) {
    const value = state[key];
    if (value && value !== DEFAULTS[key]) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  return url.href;
}

/** Sets the views as the address says: the positions compared, the map's layout, the part of the compare view. */
export function applyViewSettings(store: CounterpointStore, url: UrlState): void {
  const s = store.getState();
  if (url.positions) s.setComparePositions(url.positions.split(',').filter((id) => id.length > 0));
  if (url.layout === 'lanes') s.setLayoutMode('lanes');
  if (url.compare === 'timeline') s.setCompareMode('timeline');
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
    const positions = s.comparePositions?.join(',') ?? null;
    const thesis = s.view === 'outline' ? s.outlineThesis : null;
    const next = urlFor(location.href, { map: s.mapKey, node, view: s.view, positions, layout: s.layoutMode, compare: s.compareMode, thesis });
    if (next !== last && next !== location.href) history.replaceState(history.state, '', next);
    last = next;
  };
  write();
  return store.subscribe((state, previous) => {
    const watched = ['mapKey', 'selection', 'view', 'comparePositions', 'layoutMode', 'compareMode', 'outlineThesis'] as const;
    if (watched.some((key) => state[key] !== previous[key])) write();
  });
}
