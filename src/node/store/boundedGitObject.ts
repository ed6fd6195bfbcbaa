import { createInflate } from 'node:zlib';
import { MAX_PROJECT_FILE_BYTES } from './readProjectFile';
import { StoreError } from './storeError';

/** A loose object of a git repository: `objects/<2 hex>/<38 hex>`, zlib-deflated. */
const LOOSE_OBJECT = /[\\/]objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{38})$/;

/**
 * Throws when `bytes`, read from `path`, is a loose git object that inflates to more than
 * Loupe reads: a few kilobytes of a teammate's history can hold gigabytes of zeros, which git
 * would inflate whole. Counted while streaming, so memory stays a few chunks; a stream that
 * is no zlib data is left for git to refuse.
 */
export async function checkLooseObject(path: string, bytes: Uint8Array): Promise<void> {
  const loose = LOOSE_OBJECT.exec(path);
  if (!loose) return;
  if (!(await inflatesBeyond(bytes, MAX_PROJECT_FILE_BYTES))) return;
  throw new StoreError(
    `git object ${loose[1]}${loose[2]}`,
    `holds more than ${MAX_PROJECT_FILE_BYTES} bytes, more than Loupe reads (a file in the shared history is too large); nothing was changed`,
    'unsafe',
  );
}

/** Whether the object's content (after its `<type> <size>\0` header) is longer than `limit`. */
function inflatesBeyond(bytes: Uint8Array, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let header = -1;
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      if (header < 0) header = chunk.indexOf(0) + 1;
      total += chunk.length;
      if (total - header <= limit) return;
      inflate.destroy();
      resolve(true);
    });
    inflate.on('end', () => resolve(false));
    inflate.on('error', () => resolve(false));
    inflate.end(bytes);
  });
}
