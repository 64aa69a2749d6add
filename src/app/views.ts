import type { ComponentType } from 'react';
import { MapView } from './MapView';
import { CompareView } from '../views/compare/CompareView';
import { OutlineView } from '../views/outline/OutlineView';

export interface ViewDefinition {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
  /** Whether the side panel (details, reader) sits beside this view. */
  readonly sidePanel: boolean;
}

/** The views the switcher offers, in order. Adding a view is one line here. */
export const VIEWS: readonly ViewDefinition[] = [
  { id: 'map', label: 'Map', component: MapView, sidePanel: true },
  { id: 'compare', label: 'Compare', component: CompareView, sidePanel: true },
  { id: 'outline', label: 'Outline', component: OutlineView, sidePanel: true },
];

export function viewById(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
