import { ID_PATTERN } from '../../domain/schema/id';

/** A map id made from free text (an Argdown title, an AIF node id): letters, digits and `-`, at most 64 characters. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * Hands out ids unique within one map. An id the file gave (kept when it is valid and
 * still free) wins; otherwise the id is made from a label, with `-2`, `-3`… on collisions.
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** The preferred id when it is valid and free, else one made from the label. */
  take(preferred: unknown, label: string, fallback: string): string {
    if (isValidId(preferred) && !this.used.has(preferred)) {
      this.used.add(preferred);
      return preferred;
    }
    const base = slugId(label, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
