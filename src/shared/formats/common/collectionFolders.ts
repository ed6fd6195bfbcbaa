import { isDocumentFolder } from '../../model';

/** A path's folders, in order (`a/b/c.txt` → `a`, `b`), at `/` or `\`. */
function foldersOf(path: string): string[] {
  return path.split(/[\\/]/).slice(0, -1);
}

/**
 * Where a file of a collection sits in it: its folder below the deepest folder holding every
 * file of `paths` (`esp` for `c/esp/a.txt` among `c/annotation.conf` and `c/ned/b.txt`);
 * undefined at the top, or when that folder is not one Loupe keeps (see `isDocumentFolder`).
 * @example collectionFolders(['c/esp/a.txt', 'c/ned/b.txt'])('c/esp/a.txt') === 'esp'
 */
export function collectionFolders(paths: readonly string[]): (path: string) => string | undefined {
  const [first = [], ...others] = paths.map(foldersOf);
  let depth = first.length;
  for (const folders of others) {
    let same = 0;
    while (same < depth && folders[same] === first[same]) same++;
    depth = same;
  }
  return (path) => {
    const folder = foldersOf(path).slice(depth).join('/');
    return folder !== '' && isDocumentFolder(folder) ? folder : undefined;
  };
}
