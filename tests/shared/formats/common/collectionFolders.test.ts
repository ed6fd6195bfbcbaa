import { describe, expect, it } from 'vitest';
import { collectionFolders } from '../../../../src/shared/formats/common';

describe('the folders of a collection’s files', () => {
  it('are below the deepest folder holding them all, as named on the command line or in the app', () => {
    for (const root of ['/data/CoNLL-ST_2002', 'CoNLL-ST_2002', 'C:\\data\\CoNLL-ST_2002']) {
      const sep = root.includes('\\') ? '\\' : '/';
      const paths = ['annotation.conf', 'esp/a.txt', 'ned/b.txt', 'ned/deep/c.txt'].map(
        (p) => `${root}${sep}${p.replaceAll('/', sep)}`,
      );
      const folderOf = collectionFolders(paths);
      expect(paths.map(folderOf)).toEqual([undefined, 'esp', 'ned', 'ned/deep']);
    }
  });

  it('are none for files of one folder, or named alone', () => {
    expect(['x/a.txt', 'x/a.ann'].map(collectionFolders(['x/a.txt', 'x/a.ann']))).toEqual([
      undefined,
      undefined,
    ]);
    expect(collectionFolders(['a.txt'])('a.txt')).toBeUndefined();
  });

  it('are none where a folder is not one Loupe keeps', () => {
    const paths = ['c/annotation.conf', 'c/a:b/x.txt'];
    expect(collectionFolders(paths)('c/a:b/x.txt')).toBeUndefined();
  });
});
