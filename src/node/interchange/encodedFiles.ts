import iconv from 'iconv-lite';
import type { FormatFile } from '../../shared/formats';

/** UTF-16 is only read by its byte-order mark (see `decodeText`), so it is written with one. */
const UTF16 = /^utf-?16/i;

/** Characters named in a note on a file that could not be written in its encoding. */
const NAMED = 5;

/**
 * The export's files as bytes: one a writer gave an encoding (CoNLL read from ISO-8859-1) in
 * that encoding when every character of it fits, with a note saying so; else in UTF-8, with a
 * note naming the characters that did not fit; UTF-16 with its byte-order mark. Files without
 * one are left as they are.
 * @example encodedFiles([{ path: 'conll.txt', content: 'Señor O\n', encoding: 'ISO-8859-1' }]).files[0].bytes → <53 65 f1 …>
 */
export function encodedFiles(files: readonly FormatFile[]): {
  files: FormatFile[];
  notes: string[];
} {
  const notes: string[] = [];
  const out = files.map((file) => {
    const { encoding } = file;
    if (encoding === undefined) return file;
    const { path, content } = file;
    const unfit = unfitCharacters(content, encoding);
    if (unfit.length === 0) {
      notes.push(`${path} written in ${encoding}, the encoding its documents were read in`);
      const bytes = iconv.encode(content, encoding, { addBOM: UTF16.test(encoding) });
      return { path, content, encoding, bytes: new Uint8Array(bytes) };
    }
    const shown = unfit.slice(0, NAMED).map((c) => JSON.stringify(c));
    notes.push(
      `${path} written in UTF-8, not in ${encoding} its documents were read in: ${unfit.length} character${unfit.length === 1 ? '' : 's'} added since (${shown.join(', ')}${unfit.length > NAMED ? ', …' : ''}) ${unfit.length === 1 ? 'is' : 'are'} not in ${encoding}`,
    );
    return { path, content };
  });
  return { files: out, notes };
}

/** The distinct characters of a text that an encoding has no bytes for (iconv-lite writes `?` for them). */
function unfitCharacters(text: string, encoding: string): string[] {
  if (iconv.decode(iconv.encode(text, encoding), encoding) === text) return [];
  const unfit = new Set<string>();
  for (const c of new Set(text))
    if (iconv.decode(iconv.encode(c, encoding), encoding) !== c) unfit.add(c);
  return [...unfit];
}
