import type { ViewDefinition } from '../../ui/registries';
import { CompareView } from './CompareView';
import { compareState, setCompareMode, setComparePositions } from './state';

export const compareView: ViewDefinition = {
  id: 'compare',
  label: 'Compare',
  component: CompareView,
  sidePanel: true,
  url: [
    {
      key: 'positions',
      read: (store) => compareState.select(store.getState()).positions?.join(',') ?? null,
      apply: (store, value) => setComparePositions(store, value.split(',').filter((id) => id.length > 0)),
    },
    {
      key: 'compare',
      read: (store) => (compareState.select(store.getState()).mode === 'timeline' ? 'timeline' : null),
      apply: (store, value) => value === 'timeline' && setCompareMode(store, 'timeline'),
    },
  ],
};
