import { RELATIONS, STANCES } from '../../domain/schema/edge';
import { NODE_KINDS } from '../../domain/schema/node';
import { KIND_LABELS } from '../../domain/labels';
import { filtersActive, selectVisibility, useCounterpoint, useCounterpointStore, type Filters } from '../../store';
import { Dialog } from '../../ui/Dialog';

/** Which kinds, positions, relations and stances the canvas shows. Changes apply at once. */
export function FiltersDialog({ onClose }: { onClose: () => void }) {
  const store = useCounterpointStore();
  const filters = useCounterpoint((s) => s.filters);
  const positions = useCounterpoint((s) => s.doc.positions);
  const hidden = useCounterpoint((s) => selectVisibility(s).hiddenNodes.size);
  const toggle = <K extends keyof Filters>(key: K, value: Filters[K][number]) => {
    const list = filters[key] as readonly string[];
    store.getState().setFilters({ [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };
  const group = <K extends keyof Filters>(legend: string, key: K, values: readonly { value: Filters[K][number]; label: string }[]) => (
    <fieldset className="cp-fieldset cp-filter-group">
      <legend>{legend}</legend>
      {values.map(({ value, label }) => (
        <label key={value} className="cp-check">
          <input type="checkbox" checked={!(filters[key] as readonly string[]).includes(value)} onChange={() => toggle(key, value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <Dialog
      title="Filters"
      onClose={onClose}
      footer={
        <>
          <span className="cp-muted" aria-live="polite">
            {hidden === 0 ? 'Everything is shown.' : `${hidden} node${hidden === 1 ? '' : 's'} hidden.`}
          </span>
          <button type="button" className="cp-button" disabled={!filtersActive(filters)} onClick={() => store.getState().resetFilters()}>
            Show everything
          </button>
          <button type="button" className="cp-button cp-button--primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <div className="cp-filter-grid">
        {group('Kinds', 'hiddenKinds', NODE_KINDS.map((k) => ({ value: k, label: `${KIND_LABELS[k]}s` })))}
        {positions.length > 0 ? group('Positions', 'hiddenPositions', positions.map((p) => ({ value: p.id, label: p.label }))) : null}
        {group('Relations', 'hiddenRelations', RELATIONS.map((r) => ({ value: r, label: r })))}
        {group('Stances of readings', 'hiddenStances', STANCES.map((s) => ({ value: s, label: s })))}
      </div>
    </Dialog>
  );
}
