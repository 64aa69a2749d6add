import { useCounterpoint, useCounterpointStore } from '../../store';
import { VIEWS } from '../views';

/** Tabs for the views in the registry; arrow keys move between them. */
export function ViewSwitcher() {
  const store = useCounterpointStore();
  const current = useCounterpoint((s) => s.view);
  return (
    <div className="cp-views" role="tablist" aria-label="Views">
      {VIEWS.map((v, i) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          id={`cp-tab-${v.id}`}
          aria-selected={current === v.id}
          aria-controls="cp-view"
          tabIndex={current === v.id ? 0 : -1}
          className="cp-views__tab"
          title={`${v.label} (Alt+${i + 1})`}
          onClick={() => store.getState().setView(v.id)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
            const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : -1) + VIEWS.length) % VIEWS.length]!;
            store.getState().setView(next.id);
            document.getElementById(`cp-tab-${next.id}`)?.focus();
          }}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
