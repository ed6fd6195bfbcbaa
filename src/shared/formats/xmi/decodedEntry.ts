import type { ErrorCollector, FormatFile } from '../common';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** An archive entry's bytes as UTF-8 text at `path`, or null (said in `errors`, in `format`'s words). */
export function decodedEntry(
  path: string,
  bytes: Uint8Array,
  errors: ErrorCollector,
  format: string,
): FormatFile | null {
  try {
    return { path, content: decoder.decode(bytes) };
  } catch {
    errors.add(
      path,
      undefined,
      `is not UTF-8, as INCEpTION writes ${format}; export it from INCEpTION again`,
    );
    return null;
  }
}
