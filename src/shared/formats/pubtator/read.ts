import {
  bundleOf,
  ErrorCollector,
  extensionOf,
  firstDifference,
  inFileFolder,
  Tally,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { isPubtatorFile } from './isPubtatorFile';
import { keptPubtatorOf } from './keptPubtator';
import { parsePubtator } from './parsePubtator';
import { readPubtatorDocument } from './readPubtatorDocument';
import { pubtatorText } from './write';

/**
 * Reads PubTator files (`.pubtator`, or a `.txt` opening with `PMID|t|` and `PMID|a|` lines):
 * one document per PMID, mentions as spans labelled with their type, concept IDs as the spans'
 * references, relation lines and whatever a PubTator export would write otherwise kept. A file
 * a PubTator export would not write back byte for byte is warned about, with its first
 * differing line. Each document keeps its file's folder (`FormatFile.folder`). Throws FormatErrors listing every problem of the batch.
 * @example readPubtator([{ path: 'a.txt', content: '1|t|Aspirin\n1|a|\n1\t0\t7\tAspirin\tChemical\tD001241\n' }]).documents[0]?.spans.length === 1
 */
export function readPubtator(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    if (extensionOf(file.path) !== '.pubtator' && !isPubtatorFile(file.content)) {
      errors.add(
        file.path,
        undefined,
        'is not PubTator: its first lines are not PMID|t|title and PMID|a|abstract; import it with another --format',
      );
      continue;
    }
    const before = errors.count;
    const blocks = parsePubtator(file, errors);
    const docs = blocks.map((block, index) =>
      readPubtatorDocument(block, { file: file.path, index, errors, warnings }),
    );
    if (errors.count > before) continue;
    if (docs.length === 0) {
      errors.add(file.path, undefined, 'holds no PubTator document (PMID|t|title line)');
      continue;
    }
    documents.push(...docs.map((doc) => inFileFolder(doc, file)));
    const relations = docs.reduce(
      (n, d) => n + (keptPubtatorOf(d.metadata)?.relations.length ?? 0),
      0,
    );
    if (relations > 0)
      warnings.push(
        `${file.path}: ${relations} relation line${relations === 1 ? '' : 's'} (between concept IDs, not mentions) kept on ${relations === 1 ? 'its document' : 'their documents'}, shown with the document's source facts and written back by a PubTator export`,
      );
    const difference = firstDifference(file.content, pubtatorText(docs, new Tally()).content);
    if (difference !== null)
      warnings.push(
        `${file.path}:${difference}: a PubTator export writes this file back otherwise from this line on (layout or line order); the annotations are the same`,
      );
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
