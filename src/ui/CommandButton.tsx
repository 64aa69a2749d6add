import type { ReactNode } from 'react';
import { useCommand } from '../commands/CommandsProvider';
import { displayShortcut } from '../commands/keys';

interface CommandButtonProps {
  readonly id: string;
  /** Shown in the button; the command's label is its accessible name unless `label` is given. */
  readonly icon?: ReactNode;
  readonly label?: string;
  /** Show the label next to the icon (otherwise it is the tooltip and accessible name only). */
  readonly showLabel?: boolean;
  readonly className?: string;
}

/** A toolbar button for a command: enabled, pressed and titled as the command says. */
export function CommandButton({ id, icon, label, showLabel = true, className }: CommandButtonProps) {
  const { command, enabled, checked, run } = useCommand(id);
  const name = label ?? command.label;
  const key = command.shortcut?.[0];
  return (
    <button
      type="button"
      className={`cp-tool${className ? ` ${className}` : ''}`}
      disabled={!enabled}
      aria-pressed={command.checked ? checked : undefined}
      aria-label={showLabel ? undefined : name}
      aria-keyshortcuts={key?.replace('Mod', 'Control')}
      title={key ? `${command.label} (${displayShortcut(key)})` : command.label}
      onClick={run}
    >
      {icon ? (
        <span className="cp-tool__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {showLabel ? <span className="cp-tool__label">{name}</span> : null}
    </button>
  );
}
