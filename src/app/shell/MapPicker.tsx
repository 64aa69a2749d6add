import { useId } from 'react';
import { useCounterpoint } from '../../store';
import { useCommandContext } from '../../commands/CommandsProvider';

/** Every map: the defaults under maps/ (marked when edited here) and the maps made or imported in this browser. */
export function MapPicker() {
  const { session } = useCommandContext();
  const catalogue = useCounterpoint((s) => s.catalogue);
  const current = useCounterpoint((s) => s.mapKey);
  const id = useId();
  const bundled = catalogue.filter((c) => c.origin === 'bundled');
  const local = catalogue.filter((c) => c.origin === 'local');
  return (
    <div className="cp-picker">
      <label htmlFor={id} className="cp-visually-hidden">
        Map
      </label>
      <select id={id} value={current} onChange={(e) => void session.open(e.target.value)}>
        <optgroup label="Default maps">
          {bundled.map((m) => (
            <option key={m.key} value={m.key}>
              {m.title}
              {m.edited ? ' (edited)' : ''}
            </option>
          ))}
        </optgroup>
        {local.length > 0 ? (
          <optgroup label="In this browser">
            {local.map((m) => (
              <option key={m.key} value={m.key}>
                {m.title}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
