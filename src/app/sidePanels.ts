import type { ComponentType } from 'react';
import { DetailsPanel } from './details/DetailsPanel';
import { ReaderPanel } from '../views/reader/ReaderPanel';

export interface SidePanelDefinition {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
}

/** The side panel's tabs, in order. Adding a tab is one line here. */
export const SIDE_PANELS: readonly SidePanelDefinition[] = [
  { id: 'details', label: 'Details', component: DetailsPanel },
  { id: 'reader', label: 'Reader', component: ReaderPanel },
];
