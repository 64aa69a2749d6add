import type { ViewDefinition } from '../../ui/registries';
import { OUTLINE_COMMANDS } from './commands';
import { OutlineView } from './OutlineView';
import { outlineState, setOutlineThesis } from './state';

export const outlineView: ViewDefinition = {
  id: 'outline',
  label: 'Outline',
  component: OutlineView,
  sidePanel: true,
  commands: OUTLINE_COMMANDS,
  url: [
    {
      key: 'thesis',
      // Named while the outline is open: the address then says which essay is shown.
      read: (store) => (store.getState().view === 'outline' ? outlineState.select(store.getState()).thesis : null),
      apply: (store, value) => setOutlineThesis(store, value),
    },
  ],
};
