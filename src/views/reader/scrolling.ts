/** Whether an element is wholly inside its scroll container's visible area. */
export function isInView(container: HTMLElement, el: Element, margin = 24): boolean {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.top >= box.top + margin && r.bottom <= box.bottom - margin;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls the reader so an element sits in the middle, unless it is already in view. */
export function bringIntoView(container: HTMLElement, el: Element | null, force = false): void {
  if (!el || (!force && isInView(container, el))) return;
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const top = container.scrollTop + r.top - box.top - Math.max(24, (box.height - r.height) / 2);
  container.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
}
