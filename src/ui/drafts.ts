/**
 * Dispatched on `window` when the page is going away, just before the app writes what is
 * unsaved: an editor holding a draft that is not yet in the map (a note being typed) puts
 * it there in its listener. Listeners must be synchronous.
 */
export const COMMIT_DRAFTS_EVENT = 'counterpoint:commit-drafts';
