import { ByteWriter } from './byteWriter';
import { WRITTEN_HEAD, type FormatFile } from './format';

/**
 * A file whose bytes are made piece by piece (`FormatFile.pieces`): a writer to disk takes
 * the pieces one at a time, while `bytes` and `content` join them once, when first read.
 * `release` drops the joined bytes and whatever the pieces were made from.
 * @example piecedFile('a.txt', function* () { yield ByteWriter.encode('a'); }).content === 'a'
 */
export function piecedFile(path: string, made: () => Iterable<Uint8Array>): FormatFile {
  let pieces: (() => Iterable<Uint8Array>) | null = made;
  let joined: FormatFile | null = null;
  let written: { length: number; head: Uint8Array } | null = null;
  // Each pass measures the file and keeps its head (copied as each piece comes: buffers are reused).
  function* measured(make: () => Iterable<Uint8Array>): Generator<Uint8Array> {
    const head = new Uint8Array(WRITTEN_HEAD);
    let kept = 0;
    let length = 0;
    for (const piece of make()) {
      if (kept < head.length) {
        const n = Math.min(head.length - kept, piece.length);
        head.set(piece.subarray(0, n), kept);
        kept += n;
      }
      length += piece.length;
      yield piece;
    }
    written = { length, head: head.subarray(0, kept) };
  }
  const whole = (): FormatFile => {
    if (joined) return joined;
    if (!pieces)
      throw new Error(`${path} was released: an export's files are read before they are released`);
    const out = new ByteWriter();
    for (const piece of pieces()) out.bytes(piece);
    joined = out.toFile(path);
    return joined;
  };
  const file = {
    path,
    get content(): string {
      return whole().content;
    },
  };
  Object.defineProperty(file, 'bytes', { get: () => whole().bytes, enumerable: false });
  Object.defineProperty(file, 'pieces', {
    value: (): Iterable<Uint8Array> => {
      if (!pieces)
        throw new Error(
          `${path} was released: an export's files are written before they are released`,
        );
      return measured(pieces);
    },
    enumerable: false,
  });
  Object.defineProperty(file, 'written', { value: () => written, enumerable: false });
  Object.defineProperty(file, 'release', {
    value: (): void => {
      joined?.release?.();
      joined = null;
      pieces = null;
      written = null;
    },
    enumerable: false,
  });
  return file;
}
