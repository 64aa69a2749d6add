import { hasErrors, problem, type Problem } from '../../domain/errors';
import type { Reference } from '../../domain/schema/reference';
import type { ImportResult } from '../registry/types';
import { normalizeItems, type RawItem } from './normalize';

/**
 * The last step of every reference importer: the items made references, and the import refused
 * whole if anything in it is an error (nothing is half-imported) or it holds no reference.
 */
export function finishImport(items: readonly RawItem[], problems: readonly Problem[], label: string): ImportResult<readonly Reference[]> {
  const normalized = normalizeItems(items);
  const all = [...problems, ...normalized.problems];
  if (hasErrors(all)) return { ok: false, problems: all };
  if (normalized.references.length === 0) return { ok: false, problems: [...all, problem('REFERENCES_EMPTY', '$', `the file holds no ${label} references`)] };
  return { ok: true, value: normalized.references, problems: all };
}
