import { answeredAway, keptConllOf } from '../common';
import type { FormatDocument, FormatFile, WriteResult } from '../common';

/**
 * The CoNLL export with the encoding its documents came in (see `KeptConll.encoding`) on its
 * file, when every document written was read from a file in the same one (CoNLL-2002's
 * ISO-8859-1): the export then writes it so where every character fits. Documents from files in
 * several encodings, or beside others, are written in UTF-8, a note says why.
 * @example withExportEncoding(result, [latin1Doc]).files[0].encoding === 'ISO-8859-1'
 */
export function withExportEncoding(
  result: WriteResult,
  documents: readonly FormatDocument[],
): WriteResult {
  const written = documents.filter((doc) => !answeredAway(doc));
  const encodings = written.map((doc) => keptConllOf(doc.metadata)?.encoding);
  const found = [...new Set(encodings.filter((e): e is string => e !== undefined))];
  const [encoding] = found;
  if (encoding === undefined) return result;
  if (found.length === 1 && encodings.every((e) => e !== undefined))
    return { ...result, files: result.files.map((file) => encodedAs(file, encoding)) };
  const others = encodings.filter((e) => e === undefined).length;
  const why =
    found.length > 1
      ? `documents read from files in ${found.join(' and ')}`
      : `documents read from files in ${encoding} beside ${others} read from UTF-8 or made in Loupe`;
  const note = `export written in UTF-8, not in the encoding its documents came in: ${why}, which one file has no one encoding for`;
  const { summary } = result;
  return { ...result, summary: { ...summary, notes: { ...summary.notes, [note]: 1 } } };
}

/** The file to be written in `encoding`: its text, its UTF-8 bytes given back (not the ones written). */
function encodedAs(file: FormatFile, encoding: string): FormatFile {
  const { path, content } = file;
  file.release?.();
  return { path, content, encoding };
}
