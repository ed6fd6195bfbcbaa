import { isRecord } from '../../collections';
import { sourceKey } from './sourceKey';

/**
 * The file a document was read from, kept so an export writes it back there: the file's name,
 * a key of its path (see `sourceKey`: two files of one name from different folders stay apart)
 * and the document's place among the file's documents.
 * @example { name: 'dev.spacy', source: '1c2d3e4f', index: 0 }
 */
// A type, not an interface: metadata holds JSON, and only a type literal is checked as one.
export type SourceFile = { name: string; source: string; index: number };

/**
 * The {@link SourceFile} of the `index`th document read from the file at `path`; undefined when
 * the file's name is not a plain one (nothing to write back to).
 * @example sourceFileAt('in/dev.spacy', 2) → { name: 'dev.spacy', source: sourceKey('in/dev.spacy'), index: 2 }
 */
export function sourceFileAt(path: string, index: number): SourceFile | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  return isPlainName(name) ? { name, source: sourceKey(path), index } : undefined;
}

/**
 * A kept {@link SourceFile} as it was written, or undefined when it is not in that shape.
 * @example sourceFileOf({ name: 'a.conll', source: '0badf00d', index: 1 })?.index === 1
 */
export function sourceFileOf(value: unknown): SourceFile | undefined {
  if (!isRecord(value)) return undefined;
  const { name, source, index } = value;
  if (typeof name !== 'string' || typeof source !== 'string') return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return undefined;
  return isPlainName(name) ? { name, source, index } : undefined;
}

/** A file name an export can write in its folder: no folder in it, no `.` or `..`, no drive. */
function isPlainName(name: string): boolean {
  return /^[^/\\\0:]+$/.test(name) && !/^\.+$/.test(name);
}
