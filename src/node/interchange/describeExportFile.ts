import type { ExportFile } from '../../shared/contract/interchange';
import type { FormatFile } from '../../shared/formats';

const HEAD_LINES = 12;
const HEAD_CHARS = 4000;
/** UTF-8 bytes that hold more than HEAD_CHARS UTF-16 units (at most 3 bytes a unit) and a cut character. */
const HEAD_BYTES = HEAD_CHARS * 3 + 4;
const decoder = new TextDecoder();

/**
 * An export file as the contract carries it: path, size in bytes, its first lines, and its
 * whole content when asked (the browser downloads it; a binary file's as base64). A file the writer built as bytes is
 * described from them: a 14 MB export is not decoded and measured again just for its head.
 * @example describeExportFile({ path: 'a.txt', content: 'x' }, false) => { path: 'a.txt', bytes: 1, head: 'x' }
 */
export function describeExportFile(
  file: FormatFile,
  withContent: boolean,
  path = file.path,
): ExportFile {
  if (file.binary)
    return {
      path,
      bytes: file.binary.length,
      head: `(binary, ${file.binary.length} bytes: load it with spaCy's DocBin().from_disk)`,
      ...(withContent ? { base64: Buffer.from(file.binary).toString('base64') } : {}),
    };
  const written = withContent ? null : (file.written?.() ?? null);
  if (written) {
    // A file written in pieces: described from its size and head, never joined.
    const head = headOfBytes(written.head);
    return {
      path,
      bytes: written.length,
      head: head.length > HEAD_CHARS ? `${head.slice(0, HEAD_CHARS)}…` : head,
    };
  }
  // Bytes in another encoding than UTF-8 are described from the text.
  const head =
    file.bytes && file.encoding === undefined
      ? headOfBytes(file.bytes)
      : file.content.split('\n', HEAD_LINES).join('\n');
  return {
    path,
    bytes: file.bytes ? file.bytes.length : Buffer.byteLength(file.content, 'utf8'),
    head: head.length > HEAD_CHARS ? `${head.slice(0, HEAD_CHARS)}…` : head,
    ...(withContent ? { content: file.content } : {}),
  };
}

/**
 * The first HEAD_LINES lines of UTF-8 bytes, decoded only as far as the head can reach: past
 * HEAD_BYTES it is longer than HEAD_CHARS anyway, and a character cut there lies beyond them.
 */
function headOfBytes(bytes: Uint8Array): string {
  let end = -1;
  for (let line = 0; line < HEAD_LINES; line++) {
    end = bytes.indexOf(10, end + 1);
    if (end < 0 || end >= HEAD_BYTES) break;
  }
  const stop = end < 0 ? bytes.length : end;
  return decoder.decode(bytes.subarray(0, Math.min(stop, HEAD_BYTES)));
}
