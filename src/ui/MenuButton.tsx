import { useRef, useState } from 'react';
import { Menu, type MenuItem } from './Menu';
import { useCommandContext, useCommandRegistry } from '../commands/CommandsProvider';
import { commandMenuItem } from './commandItems';

/** A toolbar button that opens a menu of commands. */
export function MenuButton({ label, commands, icon }: { label: string; commands: readonly string[]; icon?: React.ReactNode }) {
  const ctx = useCommandContext();
  const registry = useCommandRegistry();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const items: MenuItem[] = commands.map((id) => commandMenuItem(id, ctx, registry));
  return (
    <>
      <button
        ref={button}
        type="button"
        className="cp-tool"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={() => {
          const box = button.current!.getBoundingClientRect();
          setAt(at ? null : { x: box.left, y: box.bottom + 4 });
        }}
      >
        {icon ? (
          <span className="cp-tool__icon" aria-hidden="true">
            {icon}
          </span>
        ) : null}
        <span className="cp-tool__label">{label}</span>
        <span aria-hidden="true" className="cp-tool__caret">
          ▾
        </span>
      </button>
      {at ? <Menu at={at} label={label} sections={[{ items }]} onClose={() => setAt(null)} /> : null}
    </>
  );
}
