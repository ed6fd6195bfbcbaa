import type { ExportFile } from '../../shared/contract/interchange';
import type { FormatFile } from '../../shared/formats';

const HEAD_LINES = 12;
const HEAD_CHARS = 4000;

/**
 * An export file as the contract carries it: path, size in bytes, its first lines, and its
 * whole content when asked (the browser downloads it).
 * @example describeExportFile({ path: 'a.txt', content: 'x' }, false) => { path: 'a.txt', bytes: 1, head: 'x' }
 */
export function describeExportFile(
  file: FormatFile,
  withContent: boolean,
  path = file.path,
): ExportFile {
  const head = file.content.split('\n', HEAD_LINES).join('\n');
  return {
    path,
    bytes: Buffer.byteLength(file.content, 'utf8'),
    head: head.length > HEAD_CHARS ? `${head.slice(0, HEAD_CHARS)}…` : head,
    ...(withContent ? { content: file.content } : {}),
  };
}
