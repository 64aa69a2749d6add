import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  readonly id: string;
  readonly label: ReactNode;
  /** What a screen reader says, when the label is not plain text. */
  readonly ariaLabel?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly run: () => void;
}

export interface MenuSection {
  readonly heading?: string;
  readonly items: readonly MenuItem[];
}

interface MenuProps {
  readonly at: { x: number; y: number };
  readonly label: string;
  readonly sections: readonly MenuSection[];
  readonly onClose: () => void;
  readonly empty?: string;
}

/**
 * A floating menu at a point: arrow keys move, Enter chooses, Escape or a click outside
 * closes. Focus goes to the first item and returns where it was when the menu closes.
 */
export function Menu({ at, label, sections, onClose, empty }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(at);
  const items = sections.flatMap((s) => s.items);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPlace({ x: Math.min(at.x, window.innerWidth - width - 8), y: Math.min(at.y, window.innerHeight - height - 8) });
    const before = document.activeElement as HTMLElement | null;
    el.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => before?.focus?.({ preventScroll: true });
  }, [at]);

  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const move = (delta: number) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    buttons[(at + delta + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div
      ref={ref}
      className="cp-menu"
      role="menu"
      aria-label={label}
      style={{ left: place.x, top: place.y }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'ArrowDown') move(1);
        else if (e.key === 'ArrowUp') move(-1);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose();
        else return;
        e.preventDefault();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.length === 0 ? <div className="cp-menu__empty">{empty ?? 'Nothing to do here.'}</div> : null}
      {sections.map((section, i) =>
        section.items.length === 0 ? null : (
          <div key={i} className="cp-menu__section" role="group" aria-label={section.heading}>
            {section.heading ? <div className="cp-menu__heading" aria-hidden="true">{section.heading}</div> : null}
            {section.items.map((item) => (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                className="cp-menu__item"
                disabled={item.disabled}
                aria-label={item.ariaLabel}
                onClick={() => {
                  onClose();
                  item.run();
                }}
              >
                <span className="cp-menu__label">{item.label}</span>
                {item.hint ? <kbd className="cp-menu__hint">{item.hint}</kbd> : null}
              </button>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
