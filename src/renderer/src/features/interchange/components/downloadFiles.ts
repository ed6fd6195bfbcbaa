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
      new Blob([file.content ?? ''], { type: 'text/plain;charset=utf-8' }),
      file.path.replaceAll('/', '_'),
    );
}

/** Hands a multi-file export to the browser as one zip download (a browser may block a burst of several). */
export function downloadArchive(archive: ExportArchive): void {
  const bytes = Uint8Array.from(atob(archive.base64), (c) => c.charCodeAt(0));
  downloadBlob(new Blob([bytes], { type: 'application/zip' }), archive.name);
}
