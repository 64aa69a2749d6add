import { CURRENT_VERSION } from '../schema/map';

/** One step: a raw document at version N in, the same document at version N + 1 out. */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n document into version n + 1. Steps are never edited
 * once released; a format change adds the next step and bumps CURRENT_VERSION. Version 1
 * is the first released format, so there is no step yet.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; applied: number[] }
  | { ok: false; failedAt: number; reason: string };

export function migrate(
  doc: Record<string, unknown>,
  fromVersion: number,
  toVersion: number = CURRENT_VERSION,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): MigrationResult {
  let current = doc;
  const applied: number[] = [];
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) return { ok: false, failedAt: v, reason: `no migration from version ${v} to ${v + 1}` };
    try {
      current = { ...step(structuredClone(current)), version: v + 1 };
    } catch (e) {
      return { ok: false, failedAt: v, reason: e instanceof Error ? e.message : String(e) };
    }
    applied.push(v);
  }
  return { ok: true, doc: current, applied };
}
