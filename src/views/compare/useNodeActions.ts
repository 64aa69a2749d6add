import { useCounterpointStore } from '../../store';

/** What a claim in the comparison does: show its details beside the view, or open it on the map. */
export function useNodeActions() {
  const store = useCounterpointStore();
  return {
    select(id: string) {
      const s = store.getState();
      s.selectNode(id);
      s.setSidePanel({ tab: 'details', open: true });
    },
    showOnMap(id: string) {
      const s = store.getState();
      s.setView('map');
      s.selectNode(id, { reveal: true });
    },
  };
}
