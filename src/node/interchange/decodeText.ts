import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { decodeUtf8, invalidUtf8Line } from '../store';

/** A file's text and, when it was not plain UTF-8, which encoding it was read in; or why it could not be read. */
export type Decoded =
  | { readonly content: string; readonly note?: string; readonly encoding?: string }
  | { readonly line: number; readonly reason: string };

/** Below this chardet confidence (0–100) a guess is not trusted. */
const MIN_CONFIDENCE = 20;

/** chardet's statistics settle within a few hundred KiB; on the whole of a 60 MB file it takes seconds per encoding. */
const SAMPLE_HEAD = 256 * 1024;
const SAMPLE_TAIL = 64 * 1024;

/** The bytes chardet looks at: the file's head and tail, so text that changes late is still seen. */
function chardetSample(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength <= SAMPLE_HEAD + SAMPLE_TAIL) return bytes;
  const sample = new Uint8Array(SAMPLE_HEAD + SAMPLE_TAIL);
  sample.set(bytes.subarray(0, SAMPLE_HEAD));
  sample.set(bytes.subarray(bytes.byteLength - SAMPLE_TAIL), SAMPLE_HEAD);
  return sample;
}

/**
 * Decodes a file's bytes: UTF-8 (a BOM kept as U+FEFF); UTF-16 by its byte-order mark (the
 * mark left out of the text, and written again with it, see `encodedFiles`); any
 * other text by chardet's best guess among the encodings iconv-lite knows, with a note naming
 * the encoding and the confidence so the summary reports it for that file, and the encoding's
 * name, so a CoNLL or doccano export writes the file back in it.
 * @example decodeText(Buffer.from('caf\xe9', 'latin1')) → { content: 'café', note: 'not UTF-8: read as ISO-8859-1 …' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      content: iconv.decode(buffer, 'utf-16le'),
      encoding: 'UTF-16LE',
      note: 'UTF-16LE (byte-order mark): read as UTF-16LE',
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      content: iconv.decode(buffer, 'utf-16be'),
      encoding: 'UTF-16BE',
      note: 'UTF-16BE (byte-order mark): read as UTF-16BE',
    };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { content: utf8 };
  const guess = analyse(chardetSample(bytes)).find(
    (m) =>
      m.confidence >= MIN_CONFIDENCE && !/^utf-?8$/i.test(m.name) && iconv.encodingExists(m.name),
  );
  const content = guess ? iconv.decode(buffer, guess.name) : '\uFFFD';
  if (!guess || content.includes('\uFFFD'))
    return {
      line: invalidUtf8Line(bytes),
      reason: 'not valid UTF-8 text, and no other encoding fits it; save it as UTF-8',
    };
  return {
    content,
    encoding: guess.name,
    note: `not UTF-8 (invalid bytes on line ${invalidUtf8Line(bytes)}): read as ${guess.name} (chardet's guess, confidence ${guess.confidence}%); check its accented letters`,
  };
}
