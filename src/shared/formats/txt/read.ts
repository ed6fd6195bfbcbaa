import { baseName, bundleOf, ErrorCollector, inFileFolder, lineAt } from '../common';
import type { FormatBundle, FormatFile } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';

/**
 * Reads plain text: one document per file, its text exactly as given (CRLF, BOM and
 * all), named after the file, in the file's folder (`FormatFile.folder`). A NUL character means a binary file and is an error.
 * @example readTxt([{ path: 'news/a.txt', content: 'IBM…' }]).documents[0].name === 'a'
 */
export function readTxt(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents = files.map((file) => {
    const nul = file.content.indexOf('\u0000');
    if (nul !== -1)
      errors.add(
        file.path,
        lineAt(file.content, nul),
        'NUL character: this looks like a binary file, not text',
      );
    if (file.content.trim() === '') warnings.push(`${file.path}: the document is empty`);
    return inFileFolder(emptyFormatDocument(baseName(file.path), file.content), file);
  });
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
