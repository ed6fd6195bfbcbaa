import {
  COLLECTION_FILE_NAMES,
  isDocumentFolder,
  MAX_COLLECTION_FILE_CHARS,
  MAX_COLLECTION_FILES,
  type CollectionFile,
} from '../../model';
import type { FormatBundle, FormatFile } from '../common';

/**
 * The files of a brat collection that are no documents (`annotation.conf`, `visual.conf`,
 * `tools.conf`, `kb_shortcuts.conf`, README), kept as they came with the folder they sat in
 * (`FormatFile.folder`, never their contents), to be written back by a brat export. Untrusted
 * input, so bounded: a file larger than MAX_COLLECTION_FILE_CHARS, or past MAX_COLLECTION_FILES,
 * is left out with a warning.
 * @example new KeptCollectionFiles(warnings).add({ path: 'c/tools.conf', content: '[search]\n' })
 */
export class KeptCollectionFiles {
  private readonly files: CollectionFile[] = [];

  constructor(private readonly warnings: string[]) {}

  add(file: FormatFile): void {
    const name = COLLECTION_FILE_NAMES.find((n) => n === file.path.split(/[\\/]/).pop());
    if (name === undefined) return;
    const unkept = `${file.path}: not kept for a brat export to write back`;
    if (file.content.length > MAX_COLLECTION_FILE_CHARS) {
      this.warnings.push(`${unkept}: larger than ${MAX_COLLECTION_FILE_CHARS} characters`);
      return;
    }
    if (this.files.length >= MAX_COLLECTION_FILES) {
      this.warnings.push(`${unkept}: Loupe keeps ${MAX_COLLECTION_FILES} such files at most`);
      return;
    }
    const { folder, encoding, content } = file;
    this.files.push({
      format: 'brat',
      ...(folder !== undefined && isDocumentFolder(folder) ? { folder } : {}),
      name,
      content,
      ...(encoding === undefined ? {} : { encoding }),
    });
  }

  /** `{ collectionFiles }` for the bundle read, or nothing when none was kept. */
  bundled(): Pick<FormatBundle, 'collectionFiles'> {
    return this.files.length === 0 ? {} : { collectionFiles: this.files };
  }
}
