import type { SourceFile } from './sourceFile';

/** Items read from one file (`file`), in the file's order; or the items read from none (`file` undefined). */
export interface SourceGroup<T> {
  readonly file: SourceFile | undefined;
  readonly items: readonly T[];
}

/**
 * Sorts items (documents) into the files they were read from: two files of one name from
 * different folders apart, the files in the order their first item comes, each file's items in
 * its order (items of one place keep theirs); the items of no file in one group, last.
 * @example bySourceFile([b0, a0, b1], fileOf) → [{ file: b, items: [b0, b1] }, { file: a, items: [a0] }]
 */
export function bySourceFile<T>(
  items: readonly T[],
  fileOf: (item: T) => SourceFile | undefined,
): SourceGroup<T>[] {
  const files = new Map<string, { file: SourceFile; items: [number, T][] }>();
  const rest: T[] = [];
  for (const item of items) {
    const file = fileOf(item);
    if (!file) {
      rest.push(item);
      continue;
    }
    const key = JSON.stringify([file.name, file.source]);
    const group = files.get(key) ?? { file, items: [] };
    files.set(key, group);
    group.items.push([file.index, item]);
  }
  const groups: SourceGroup<T>[] = [...files.values()].map(({ file, items: placed }) => ({
    file,
    items: placed.sort((a, b) => a[0] - b[0]).map(([, item]) => item),
  }));
  return rest.length > 0 ? [...groups, { file: undefined, items: rest }] : groups;
}
