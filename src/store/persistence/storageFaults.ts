/**
 * Why the browser refused to store something, in words for the banner that says changes are
 * not being saved: a full disk, storage switched off (private mode), or the browser's own message.
 */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return "this browser's storage for Counterpoint is full";
  if (name === 'SecurityError' || name === 'InvalidStateError' || /indexeddb/i.test(message)) return `this browser does not let Counterpoint store data (private mode or storage switched off: ${message})`;
  return message || 'the browser refused to store the map';
}
