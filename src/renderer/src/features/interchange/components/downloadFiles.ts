import type { ExportResult } from '../../../../../shared/contract';

/** Hands each exported file to the browser as a download (slashes in paths become underscores). */
export function downloadFiles(files: ExportResult['files']): void {
  for (const file of files) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([file.content ?? ''], { type: 'text/plain;charset=utf-8' }),
    );
    link.download = file.path.replaceAll('/', '_');
    link.click();
    URL.revokeObjectURL(link.href);
  }
}
