import type { ExportArchive, ExportResult } from '../../../../../shared/contract';

/** Hands one file to the browser as a download. */
function downloadBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Hands a one-file export to the browser as a download (slashes in its path become underscores). */
export function downloadFiles(files: ExportResult['files']): void {
  for (const file of files)
    downloadBlob(
      file.base64 === undefined
        ? new Blob([file.content ?? ''], { type: 'text/plain;charset=utf-8' })
        : new Blob([bytesOf(file.base64)], { type: 'application/octet-stream' }),
      file.path.replaceAll('/', '_'),
    );
}

/** Base64 as bytes. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Hands a multi-file export to the browser as one zip download (a browser may block a burst of several). */
export function downloadArchive(archive: ExportArchive): void {
  downloadBlob(new Blob([bytesOf(archive.base64)], { type: 'application/zip' }), archive.name);
}
