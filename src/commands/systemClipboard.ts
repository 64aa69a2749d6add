/**
 * Whether the system clipboard holds the nodes last copied in this page. When it does and a
 * paste finds other text there, the user has copied something else since, so the app's own
 * clipboard is not pasted instead; when the copy could not reach it, the app's clipboard is.
 */
let oursOnSystem = false;

export function markSystemClipboard(holdsOurs: boolean): void {
  oursOnSystem = holdsOurs;
}

export function systemHoldsOurs(): boolean {
  return oursOnSystem;
}
