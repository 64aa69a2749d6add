import { useId } from 'react';
import { roomIdOfKey, useCounterpoint } from '../../store';
import { useCommandContext } from '../../commands/CommandsProvider';

/**
 * Every map: the defaults under maps/ (marked when edited here), the maps made or imported in
 * this browser, and the shared maps it has joined (a shared copy keeps its original's title,
 * so they are listed apart and marked).
 */
export function MapPicker() {
  const { session } = useCommandContext();
  const catalogue = useCounterpoint((s) => s.catalogue);
  const current = useCounterpoint((s) => s.mapKey);
  const id = useId();
  const bundled = catalogue.filter((c) => c.origin === 'bundled');
  const local = catalogue.filter((c) => c.origin === 'local' && !roomIdOfKey(c.key));
  const shared = catalogue.filter((c) => c.origin === 'local' && roomIdOfKey(c.key));
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
        {shared.length > 0 ? (
          <optgroup label="Shared maps">
            {shared.map((m) => (
              <option key={m.key} value={m.key}>
                {m.title} (shared)
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
