import { open, type FileHandle } from 'node:fs/promises';
import {
  readZipDirectory,
  ZIP_TAIL_BYTES,
  zipDirectoryStart,
  type ZipDirectory,
} from '../../shared/formats';

/**
 * The central directory of a zip file, read without the rest of it: its last bytes, where the
 * end record lies, then the directory from where that record says it starts. So an archive is
 * judged (its entries, their declared sizes, nesting) before any of its data is read.
 * @example await zipFileDirectory('export.zip') → { entries: [{ name: 'annotation/a.txt/admin.zip', size: 20_480, … }] }
 */
export async function zipFileDirectory(path: string): Promise<ZipDirectory> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailStart = Math.max(0, size - ZIP_TAIL_BYTES);
    const tail = await readAt(handle, tailStart, size - tailStart);
    const place = zipDirectoryStart(tail, tailStart);
    if ('reason' in place) return place;
    if (place.at >= tailStart) return readZipDirectory(tail, tailStart);
    return readZipDirectory(await readAt(handle, place.at, size - place.at), place.at);
  } finally {
    await handle.close();
  }
}

/** `length` bytes of an open file from `position` (fewer if it ends sooner). */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(bytes, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}
