/**
 * Safe reads from parsed, untrusted data (Argdown's YAML data, AIF's JSON): own properties
 * only, so keys such as `__proto__` or `constructor` never reach a prototype, and each
 * value is checked for its type before it is used.
 */
export type Data = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(data: unknown, key: string): unknown {
  return isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
}

export function ownString(data: unknown, key: string): string | undefined {
  const value = own(data, key);
  return typeof value === 'string' ? value : undefined;
}

export function ownInteger(data: unknown, key: string): number | undefined {
  const value = own(data, key);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** The file's name without folders and without its format's endings, for a map's id and title. */
export function fileStem(fileName: string | undefined, endings: readonly string[]): string | undefined {
  if (!fileName) return undefined;
  let base = fileName.split(/[\\/]/).pop() ?? '';
  const lower = base.toLowerCase();
  const ending = [...endings].sort((a, b) => b.length - a.length).find((e) => lower.endsWith(e));
  if (ending) base = base.slice(0, base.length - ending.length);
  return base.trim() === '' ? undefined : base;
}
