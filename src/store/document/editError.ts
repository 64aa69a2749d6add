/**
 * A refused edit: the change would break the map (an empty claim, a relation the two kinds
 * do not allow, a record that names nothing). Document operations throw it; store actions
 * catch it and report the message instead of changing the map.
 */
export class EditError extends Error {
  override readonly name = 'EditError';
}

export type EditResult<T = void> = { ok: true; value: T } | { ok: false; message: string };

/** Runs an operation, turning an EditError into a failed result (anything else is a bug and propagates). */
export function attempt<T>(run: () => T): EditResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof EditError) return { ok: false, message: e.message };
    throw e;
  }
}
