import { describe, expect, it } from 'vitest';
import { writeBrat } from '../../../../src/shared/formats';
import type { CollectionFile } from '../../../../src/shared/model';
import { bundle, doc, span } from '../build';

/** A kept brat collection file. */
function kept(name: CollectionFile['name'], content: string, folder?: string): CollectionFile {
  return { format: 'brat', name, content, ...(folder === undefined ? {} : { folder }) };
}

const CONF = '[entities]\nPERSON\n[relations]\n[events]\n[attributes]\n';

describe('the collection files a brat export writes back', () => {
  it('go into the folder they came from when it holds a document written, else are left out', () => {
    const written = writeBrat(
      bundle(doc('Ana', { name: 'a', folder: 'esp', spans: [span(0, 3)] })),
      {
        collectionFiles: [
          kept('tools.conf', 'esp tools\n', 'esp'),
          kept('tools.conf', 'ned\n', 'ned'),
          kept('README', 'top\n'),
        ],
      },
    );
    const byPath = new Map(written.files.map((f) => [f.path, f.content]));
    expect(byPath.get('esp/tools.conf')).toBe('esp tools\n');
    expect(byPath.get('README')).toBe('top\n');
    expect(byPath.has('ned/tools.conf')).toBe(false);
  });

  it('never lead out of the export, whatever folder a damaged manifest names', () => {
    const hostile = ['../up', '/etc', 'a\\b', 'C:', '.', 'esp/../..'];
    const written = writeBrat(bundle(doc('Ana', { name: 'a', spans: [span(0, 3)] })), {
      collectionFiles: hostile.map((folder) => kept('tools.conf', 'x', folder)),
    });
    expect(written.files.map((f) => f.path).sort()).toEqual([
      'a.ann',
      'a.txt',
      'annotation.conf',
      'visual.conf',
    ]);
  });

  it('keep annotation.conf unless spans written overlap and it declares no <OVERLAP>', () => {
    const one = doc('Ana Bel', { name: 'a', spans: [span(0, 3)] });
    const keptConf = { collectionFiles: [kept('annotation.conf', CONF)] };
    const conf = (d: typeof one) =>
      writeBrat(bundle(d), keptConf).files.find((f) => f.path === 'annotation.conf')?.content;
    expect(conf(one)).toBe(CONF);
    const overlapping = { ...one, spans: [span(0, 7), span(4, 7)] };
    expect(conf(overlapping)).toMatch(/<OVERLAP>/);
  });
});
