import { compareView } from '../views/compare';
import { outlineView } from '../views/outline';
import { readerPanel } from '../views/reader';
import type { Contribution, SidePanelDefinition, UrlParam, ViewDefinition } from '../ui/registries';
import { detailsPanel } from './details';
import { mapView } from './MapView';

/** The views the switcher offers, in order. Adding a view is a folder and one line here. */
export const VIEWS: readonly ViewDefinition[] = [mapView, compareView, outlineView];

/** The side panel's tabs, in order. Adding a tab is one line here. */
export const SIDE_PANELS: readonly SidePanelDefinition[] = [detailsPanel, readerPanel];

const CONTRIBUTIONS: readonly Contribution[] = [...VIEWS, ...SIDE_PANELS];

/** Every view's own part of the address. */
export const URL_PARAMS: readonly UrlParam[] = CONTRIBUTIONS.flatMap((c) => c.url ?? []);

export const CONTRIBUTED_COMMANDS = CONTRIBUTIONS.flatMap((c) => c.commands ?? []);

export const CONTRIBUTED_DIALOGS = Object.assign({}, ...CONTRIBUTIONS.map((c) => c.dialogs ?? {})) as NonNullable<Contribution['dialogs']>;

export function viewById(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
