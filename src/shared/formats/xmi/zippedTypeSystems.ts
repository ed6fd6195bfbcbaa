import type { ErrorCollector, FormatFile, ZipEntry } from '../common';
import { decodedEntry } from './decodedEntry';
import { typeSystemLabels } from './typeSystemLabels';
import { dirOf, isTypeSystem } from './zipNames';

/** A `TypeSystem.xml` read from an archive: its text as written, and the label feature of each type it declares. */
export interface ZippedTypeSystem {
  readonly content: string;
  readonly labels: Record<string, string>;
}

/**
 * The type systems one archive's entries have read, by their text: every document archive of
 * an INCEpTION project export repeats the project's (125 KB in a real one), read once and held once.
 */
export type KnownTypeSystems = Map<string, ZippedTypeSystem>;

/**
 * A finder of the `TypeSystem.xml` of a folder among entries (the first there), each read once
 * when first asked for. One whose text was read before is that one (its labels and its text
 * held once), and `repeated` is told its bytes: they need not count as read.
 * @example typeSystemsByFolder(entries, 'p.zip/', errors, known, () => undefined)('annotation/report.txt/')?.labels
 */
export function typeSystemsByFolder(
  entries: readonly ZipEntry[],
  at: string,
  errors: ErrorCollector,
  known: KnownTypeSystems,
  repeated: (bytes: number) => void,
): (folder: string) => ZippedTypeSystem | undefined {
  const byFolder = new Map<string, ZipEntry>();
  for (const e of entries)
    if (e.bytes && isTypeSystem(e.name) && !byFolder.has(dirOf(e.name)))
      byFolder.set(dirOf(e.name), e);
  const read = new Map<string, ZippedTypeSystem | undefined>();
  return (folder) => {
    if (read.has(folder)) return read.get(folder);
    const entry = byFolder.get(folder);
    const file = entry?.bytes
      ? decodedEntry(`${at}${entry.name}`, entry.bytes, errors, 'XMI')
      : null;
    const before = file ? known.get(file.content) : undefined;
    if (before && entry?.bytes) repeated(entry.bytes.length);
    const typeSystem = before ?? (file ? readOnce(file, errors, known) : undefined);
    read.set(folder, typeSystem);
    return typeSystem;
  };
}

/** A type system read for its labels, remembered by its text when it reads without a problem. */
function readOnce(
  file: FormatFile,
  errors: ErrorCollector,
  known: KnownTypeSystems,
): ZippedTypeSystem | undefined {
  const problems = errors.count;
  const labels = typeSystemLabels(file, errors);
  if (!labels) return undefined;
  const typeSystem = { content: file.content, labels };
  if (errors.count === problems) known.set(file.content, typeSystem);
  return typeSystem;
}
