import { ByteWriter } from './byteWriter';
import type { FormatFile } from './format';

/**
 * A file whose bytes are made piece by piece (`FormatFile.pieces`): a writer to disk takes
 * the pieces one at a time, while `bytes` and `content` join them once, when first read.
 * `release` drops the joined bytes and whatever the pieces were made from.
 * @example piecedFile('a.txt', function* () { yield ByteWriter.encode('a'); }).content === 'a'
 */
export function piecedFile(path: string, made: () => Iterable<Uint8Array>): FormatFile {
  let pieces: (() => Iterable<Uint8Array>) | null = made;
  let joined: FormatFile | null = null;
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
      return pieces();
    },
    enumerable: false,
  });
  Object.defineProperty(file, 'release', {
    value: (): void => {
      joined?.release?.();
      joined = null;
      pieces = null;
    },
    enumerable: false,
  });
  return file;
}
