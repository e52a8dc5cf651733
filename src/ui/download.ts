/** A file name safe on Windows and in Chinese: no path separators or reserved characters. */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/_+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'chart').slice(0, 120);
}

/** Hands a URL (data: or blob:) to the browser's download under a safe name. */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = dataUrl;
  anchor.download = safeFileName(fileName);
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/**
 * The click has started the download once it returns, so the object URL is only kept a while
 * longer for slow browsers; a minute is ample even for a bulletin's long image.
 */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Saves a Blob under a name; the object URL is released once the download has started. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadDataUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
