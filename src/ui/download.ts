/**
 * Saves content as a file through the browser's download, with the media type that opens it
 * in the right program. The one way every view and command saves a file.
 */
export function download(fileName: string, content: string | Blob | Uint8Array, mediaType = 'text/plain'): void {
  const type = typeof content === 'string' && !mediaType.includes('charset') ? `${mediaType};charset=utf-8` : mediaType;
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked later, not at once: the download may not have read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copies text to the clipboard: the asynchronous Clipboard API where the page may use it,
 * else a selected hidden field and the copy command. Resolves whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } finally {
      field.remove();
    }
  }
}
