import type { FormatFile } from './format';

/**
 * Gives the buffers of an export's files back for the next export (see `FormatFile.release`),
 * once they are written, zipped or described: the files cannot be read after.
 * @example await writeExportFiles(out, exported.result.files); releaseFiles(exported.result.files);
 */
export function releaseFiles(files: readonly FormatFile[]): void {
  for (const file of files) file.release?.();
}
