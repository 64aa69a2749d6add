/** Saves text as a file through the browser's download, with the type that opens it in the right program. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has read the blob by the time a user could notice; a later revoke frees it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
