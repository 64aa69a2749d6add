import type { SidePanelDefinition } from '../../ui/registries';
import { DetailsPanel } from './DetailsPanel';

export const detailsPanel: SidePanelDefinition = { id: 'details', label: 'Details', component: DetailsPanel };
