import { describe, expect, it } from 'vitest';
import { sampleMap, sampleReader } from '../testing/sampleMap';
import { loadMapValue } from './load';
import { migrate } from './migrations';
import { CURRENT_VERSION } from '../schema/map';

describe('migrate', () => {
  const steps = {
    1: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old, old: undefined }),
    2: (doc: Record<string, unknown>) => ({ ...doc, third: true }),
  };

  it('applies each step once, in order, bumping the version by one each time', () => {
    const r = migrate({ version: 1, old: 'x' }, 1, 3, steps);
    expect(r).toEqual({ ok: true, doc: { version: 3, renamed: 'x', old: undefined, third: true }, applied: [1, 2] });
  });

  it('does nothing for a document already at the target version', () => {
    expect(migrate({ version: 3 }, 3, 3, steps)).toEqual({ ok: true, doc: { version: 3 }, applied: [] });
  });

  it('fails cleanly when a step is missing or throws', () => {
    expect(migrate({ version: 1 }, 1, 3, { 1: steps[1] })).toMatchObject({ ok: false, failedAt: 2 });
    expect(migrate({}, 1, 2, { 1: () => { throw new Error('boom'); } })).toEqual({ ok: false, failedAt: 1, reason: 'boom' });
  });

  it('does not mutate its input', () => {
    const doc = { version: 1, old: 'x' };
    migrate(doc, 1, 3, steps);
    expect(doc).toEqual({ version: 1, old: 'x' });
  });

  it('has a released step from every released version up to the current one', () => {
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(migrate({ version: v }, v).ok).toBe(true);
  });

  it('leaves a current-version map unmigrated in the loader (no MIGRATED notice)', () => {
    const r = loadMapValue(sampleMap(), { readSource: sampleReader() });
    expect(r.problems.map((p) => p.code)).not.toContain('MIGRATED');
  });
});
