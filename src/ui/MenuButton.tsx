import { useRef, useState } from 'react';
import { Menu, type MenuItem } from './Menu';
import { useCommandContext, useCommandRegistry } from '../commands/CommandsProvider';
import { commandMenuItem } from './commandItems';

/** A group of a menu's commands, under an optional heading. */
export interface CommandSection {
  readonly heading?: string;
  readonly commands: readonly string[];
}

/** A toolbar button that opens a menu of commands, in one list or in sections. */
export function MenuButton({ label, commands, sections, icon }: { label: string; commands?: readonly string[]; sections?: readonly CommandSection[]; icon?: React.ReactNode }) {
  const ctx = useCommandContext();
  const registry = useCommandRegistry();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const groups = sections ?? [{ commands: commands ?? [] }];
  const menuSections = groups.map((g) => ({ ...(g.heading ? { heading: g.heading } : {}), items: g.commands.map((id): MenuItem => commandMenuItem(id, ctx, registry)) }));
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
      {at ? <Menu at={at} label={label} sections={menuSections} onClose={() => setAt(null)} /> : null}
    </>
  );
}
