import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { taggedTokenLine } from '../shared/formats';

/**
 * True when `paths` (files or folders) hold only `.txt` files without brat `.ann` partners,
 * none of them tokens tagged one per line (CoNLL/IOB, which auto-detection refuses): an
 * import that adds documents and nothing else.
 */
export async function plainTextsOnly(paths: readonly string[]): Promise<boolean> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) return false;
    if (info.isFile()) files.push(path);
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
    const content = await readFile(file, 'utf8').catch(() => '');
    if (taggedTokenLine(content)) return false;
  }
  return true;
}
