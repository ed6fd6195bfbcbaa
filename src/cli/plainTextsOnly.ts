import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { textFileFormat } from '../shared/formats';

/**
 * True when `paths` (files or folders) hold only `.txt` files without brat `.ann` partners,
 * each of them plain text as detection places a `.txt` by its content (not PubTator, a stance
 * table, tagged tokens or inline tags): an import that adds documents and nothing else.
 */
export async function plainTextsOnly(paths: readonly string[]): Promise<boolean> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) return false;
    if (info.isFile()) files.push(path);
    else if (!info.isDirectory())
      return false; // a FIFO or device: the import says why it is not read
    else {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(...entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
    }
  }
  const texts = files.every(
    (file) => extname(file).toLowerCase() === '.txt' && !files.includes(file.slice(0, -4) + '.ann'),
  );
  if (!texts) return false;
  for (const file of files) {
    const head = await headOf(file);
    if (textFileFormat(head) !== 'txt') return false; // the same check as detection's
  }
  return true;
}

/** Enough of a file's start to tell tagged tokens from prose (their check samples its first lines). */
const HEAD_BYTES = 64 * 1024;

/** The first {@link HEAD_BYTES} of `file` as text ('' when it cannot be read: the import says why). */
async function headOf(file: string): Promise<string> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}
