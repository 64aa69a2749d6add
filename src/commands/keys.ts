/**
 * Key combinations as text ("Mod+Shift+Z"), matched against keyboard events. Mod means
 * Ctrl, or ⌘ on a Mac, so one shortcut serves both.
 */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface KeyEventLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The combination an event stands for, in the form shortcuts are written in. */
export function comboOf(e: KeyEventLike, mac = IS_MAC): string {
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (mac && e.ctrlKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  parts.push(keyName(e));
  return parts.join('+');
}

function keyName(e: KeyEventLike): string {
  // Digits by their physical key, so Shift+1 is "Shift+1" and not "Shift+!".
  if (e.code && /^Digit\d$/.test(e.code)) return e.code.slice(5);
  if (e.code && /^Key[A-Z]$/.test(e.code)) return e.code.slice(3);
  if (e.key === ' ') return 'Space';
  return e.key.length === 1 ? e.key.toUpperCase() : e.key;
}

export function matches(shortcut: string, e: KeyEventLike, mac = IS_MAC): boolean {
  return normalise(shortcut) === comboOf(e, mac);
}

function normalise(shortcut: string): string {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const order = ['Mod', 'Ctrl', 'Alt', 'Shift'];
  return [...order.filter((m) => parts.includes(m)), key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** How a shortcut is shown to the user on this platform: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function displayShortcut(shortcut: string, mac = IS_MAC): string {
  if (!mac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut
    .replace('Mod+', '⌘')
    .replace('Shift+', '⇧')
    .replace('Alt+', '⌥')
    .replace('Ctrl+', '⌃');
}

/** Whether keys pressed in this element type text (so shortcuts of single letters must not act). */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range', 'color'].includes(el.type));
}
