import type { Viewport } from '@xyflow/react';

/**
 * Where the user last looked at each map, so a reload (or coming back to a map) shows it
 * as they left it instead of refitting it. Kept in localStorage: it is a view, not the map.
 */
const PREFIX = 'counterpoint:viewport:';

export function readViewport(mapKey: string): Viewport | null {
  try {
    const raw = localStorage.getItem(PREFIX + mapKey);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Viewport>;
    return [v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) && v.zoom! > 0 ? (v as Viewport) : null;
  } catch {
    return null;
  }
}

export function writeViewport(mapKey: string, viewport: Viewport): void {
  try {
    localStorage.setItem(PREFIX + mapKey, JSON.stringify({ x: viewport.x, y: viewport.y, zoom: viewport.zoom }));
  } catch {
    // Storage full or switched off: the map will be fitted to the view next time instead.
  }
}
