/**
 * A short key for the path a file was read from (FNV-1a, 32 bits, in hex): it tells apart two
 * files of one name from different folders without keeping the path itself in the project.
 * @example sourceKey('a/cats.txt') !== sourceKey('b/cats.txt')
 */
export function sourceKey(path: string): string {
  let hash = 0x811c9dc5;
  for (const unit of path.normalize('NFC').split(/[\\/]/).join('/')) {
    hash ^= unit.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
