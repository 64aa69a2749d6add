import { useCommandRegistry } from '../../commands/CommandsProvider';
import { displayShortcut } from '../../commands/keys';
import { Dialog } from '../../ui/Dialog';

const GROUPS = { file: 'File', edit: 'Edit', create: 'Create', view: 'View', layout: 'Layout', navigate: 'Move around' } as const;

/** Every command that has a shortcut, by group: read from the registry, so it is never out of date. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const commands = useCommandRegistry().all.filter((c) => c.shortcut?.length);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} wide>
      <div className="cp-shortcuts">
        {(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((g) => {
          const list = commands.filter((c) => c.group === g);
          if (list.length === 0) return null;
          return (
            <section key={g}>
              <h3>{GROUPS[g]}</h3>
              <dl>
                {list.map((c) => (
                  <div key={c.id} className="cp-shortcuts__row">
                    <dt>{c.label}</dt>
                    <dd>
                      {c.shortcut!.map((s) => (
                        <kbd key={s}>{displayShortcut(s)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        <p className="cp-muted">On the canvas: Tab moves between nodes, Enter selects, arrow keys move the selected nodes, Shift-drag selects a box.</p>
      </div>
    </Dialog>
  );
}
