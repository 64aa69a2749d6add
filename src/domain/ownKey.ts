/**
 * The value a record holds under a key of its own, or undefined. Ids may legally be
 * `constructor` or `toString`, which every plain object answers to from its prototype:
 * records keyed by id (places, source texts) are read with this, never `record[id]`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
