import { OUTLINE_ROOT, type SavedOutline } from '../schema/outline';
import { conclusionPrompt, PROMPT_ID } from './prompt';
import type { Outline, OutlineItem, OutlineSection } from './types';
import { ownValue } from '../ownKey';

/**
 * Puts ids in the user's saved order. Ids the outline no longer has are dropped; an id
 * the user never placed (a new item) goes right after the item that precedes it in the
 * default order, or first when nothing does, so map edits never scramble an arrangement.
 */
export function arrange<T extends { readonly id: string }>(defaults: readonly T[], saved: readonly string[] | undefined): T[] {
  if (!saved || saved.length === 0) return [...defaults];
  const byId = new Map(defaults.map((d) => [d.id, d]));
  const placed = [...new Set(saved)].filter((id) => byId.has(id));
  const result = [...placed];
  defaults.forEach((d, i) => {
    if (result.includes(d.id)) return;
    const before = i === 0 ? undefined : defaults[i - 1]!.id;
    const at = before === undefined ? 0 : result.indexOf(before) + 1;
    result.splice(at, 0, d.id);
  });
  return result.map((id) => byId.get(id)!);
}

/**
 * Applies a saved arrangement to a freshly built outline: order, exclusions and the
 * user's notes. The conclusion prompt is rewritten to count only what stays in.
 */
export function applySavedOutline(outline: Outline, saved: SavedOutline | undefined): Outline {
  if (!saved) return outline;
  const excluded = new Set(saved.excluded ?? []);
  const notes = saved.notes ?? {};
  const order = saved.order ?? {};
  const decorate = <T extends { readonly id: string; readonly excluded?: boolean; readonly userNote?: string }>(x: T): T => {
    const note = ownValue(notes, x.id);
    return { ...x, ...(excluded.has(x.id) ? { excluded: true } : {}), ...(note ? { userNote: note } : {}) };
  };
  const item = (i: OutlineItem): OutlineItem => decorate({ ...i, children: arrange(i.children, ownValue(order, i.id)).map(item) });

  const thesis = item(outline.thesis);
  const sections: OutlineSection[] = arrange(outline.sections, ownValue(order, OUTLINE_ROOT)).map((s) =>
    decorate({ ...s, items: arrange(s.items, ownValue(order, s.id)).map(item) }),
  );
  const withPrompt = sections.map((s) =>
    s.id !== 'section:conclusion'
      ? s
      : { ...s, items: s.items.map((i) => (i.id === PROMPT_ID ? { ...i, text: conclusionPrompt(thesis, sections) } : i)) },
  );
  return { ...outline, thesis, sections: withPrompt };
}
