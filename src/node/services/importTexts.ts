import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { WorkbenchError } from '../../shared/contract';
import { systemReason } from '../../shared/errors';
import { foldedName, type DocumentMeta } from '../../shared/model';
import { decodeUtf8, documentIdFor, invalidUtf8Line, type ProjectFolder, textHash } from '../store';

/** What a text import did: documents added, and files skipped because their text is already in the project. */
export interface TextImportResult {
  readonly added: DocumentMeta[];
  readonly duplicates: { file: string; documentId: string }[];
}

/** Every `.txt` file under the given files and folders, in a stable order. */
export async function collectTextFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) =>
      systemReason(error, 'no such file or folder'),
    );
    if (typeof info === 'string') throw new WorkbenchError('not_found', `${path}: ${info}`);
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries
        .filter(
          (e) => e.isFile() && e.name.toLowerCase().endsWith('.txt') && !e.name.startsWith('.'),
        )
        .map((e) => join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else {
      files.push(resolve(path));
    }
  }
  return files;
}

/**
 * Imports plain-text files as documents, byte for byte. Every file is checked before
 * anything is written: one invalid file means nothing is imported. Texts already in the
 * project (same hash) are not duplicated.
 */
export async function importTexts(
  store: ProjectFolder,
  paths: readonly string[],
): Promise<TextImportResult> {
  const files = await collectTextFiles(paths);
  const taken = new Set(store.listDocuments().map((d) => foldedName(d.id)));
  const seen = new Map<string, string>();
  const pending: { id: string; name: string; bytes: Uint8Array }[] = [];
  const duplicates: { file: string; documentId: string }[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    if (decodeUtf8(bytes) === null) {
      throw new WorkbenchError(
        'invalid_request',
        `${file}:${invalidUtf8Line(bytes)}: not valid UTF-8 text`,
      );
    }
    const hash = textHash(bytes);
    const existing = store.findByHash(hash)?.id ?? seen.get(hash);
    if (existing) {
      duplicates.push({ file, documentId: existing });
      continue;
    }
    const id = documentIdFor(basename(file), taken);
    taken.add(foldedName(id));
    seen.set(hash, id);
    pending.push({ id, name: basename(file), bytes });
  }
  await store.commit({ documents: pending });
  return { added: pending.map((doc) => store.getDocument(doc.id)), duplicates };
}
