import { describe, expect, it } from 'vitest';
import { comboOf, displayShortcut, matches } from './keys';

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}, code?: string) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('reads Mod as Ctrl off a Mac and as Command on one', () => {
    expect(matches('Mod+Z', key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matches('Mod+Z', key('z', { metaKey: true }), false)).toBe(false);
    expect(matches('Mod+Z', key('z', { metaKey: true }), true)).toBe(true);
  });

  it('tells Shift combinations apart and names digits by their key', () => {
    expect(matches('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matches('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(comboOf(key('!', { shiftKey: true }, 'Digit1'), false)).toBe('Shift+1');
    expect(matches('Delete', key('Delete'), false)).toBe(true);
    expect(matches('C', key('c', {}, 'KeyC'), false)).toBe(true);
  });

  it('shows shortcuts in the platform\'s own notation', () => {
    expect(displayShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
