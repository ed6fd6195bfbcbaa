import type { ErrorCollector, FormatFile } from '../common';
import { dirOf, isTypeSystem } from './zipNames';
import { typeSystemLabels } from './typeSystemLabels';

/** A `TypeSystem.xml` read: its text as written and the label feature of each type it declares. */
export interface ReadTypeSystem {
  readonly content: string;
  readonly labels: Record<string, string>;
}

/**
 * The type systems among loose files (`TypeSystem.xml`, as DKPro's XmiWriter writes beside its
 * `.xmi` files and an unzipped INCEpTION export holds), read once each, and a finder of the one
 * for an `.xmi`: in its folder, else in the nearest folder above it. A type system no `.xmi`
 * of the batch sits beside or under is said in `warnings`.
 */
export function looseTypeSystems(
  files: readonly FormatFile[],
  errors: ErrorCollector,
  warnings: string[],
): {
  readonly others: FormatFile[];
  readonly typeSystemOf: (path: string) => ReadTypeSystem | undefined;
} {
  const byFolder = new Map<string, ReadTypeSystem>();
  const found: string[] = [];
  const others: FormatFile[] = [];
  for (const file of files) {
    const path = file.path.replaceAll('\\', '/');
    if (!isTypeSystem(path)) {
      others.push(file);
      continue;
    }
    found.push(path);
    const labels = typeSystemLabels(file, errors);
    if (labels) byFolder.set(dirOf(path), { content: file.content, labels });
  }
  const used = new Set<string>();
  const typeSystemOf = (path: string): ReadTypeSystem | undefined => {
    for (let dir = dirOf(path.replaceAll('\\', '/')); ; dir = dirOf(dir.slice(0, -1))) {
      const typeSystem = byFolder.get(dir);
      if (typeSystem) {
        used.add(dir);
        return typeSystem;
      }
      if (dir === '') return undefined;
    }
  };
  for (const file of others) typeSystemOf(file.path);
  for (const path of found)
    if (!used.has(dirOf(path)) && byFolder.has(dirOf(path)))
      warnings.push(`${path}: no .xmi file beside it or in a folder under it; not used`);
  return { others, typeSystemOf };
}
