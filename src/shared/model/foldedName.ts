/**
 * The name a disk that ignores case and Unicode normalization (macOS, Windows) files `name`
 * under: two names with the same folded name are one file there, so a teammate who checks the
 * project out on such a disk gets one of them, or writes into the other's file.
 * @example foldedName('Amira') === foldedName('amira') // true
 * @example foldedName('am\u00edra') === foldedName('ami\u0301ra') // true (NFC and NFD)
 */
export function foldedName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The groups of `names` that are one file on a disk that ignores case and normalization, each as given. */
export function foldedCollisions(names: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = foldedName(name);
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
