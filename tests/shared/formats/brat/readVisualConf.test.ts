import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectVocabulary, readBrat, writeBrat } from '../../../../src/shared/formats';
import { readVisualConf } from '../../../../src/shared/formats/brat/readVisualConf';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { file } from '../build';

const NEWS = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'news', 'visual.conf');

describe("brat's visual.conf", () => {
  it.skipIf(!existsSync(NEWS))(
    'gives the labels of brat’s news collection their background colours',
    () => {
      // Read by hand from the file's [drawing] section: SPAN_DEFAULT's named colour and the
      // arcs' and attributes' drawing (no bgColor) are not label colours.
      expect(readVisualConf(file('news/visual.conf', readFileSync(NEWS, 'utf8')))).toEqual({
        Person: '#FF821C',
        Organization: '#a7c2ff',
        GPE: '#FFD412',
        Money: '#007000',
      });
    },
  );

  it('spells out #abc, leaves named colours out, and reads the colours Loupe writes back the same', () => {
    const conf = '[labels]\nORG | Org\n[drawing]\nORG\tbgColor:#a7f\nLOC\tbgColor:lightgreen\n';
    const bundle = readBrat([
      file('visual.conf', conf),
      file('a.txt', 'IBM'),
      file('a.ann', 'T1\tORG 0 3\tIBM\n'),
    ]);
    expect(collectVocabulary(bundle).colors).toEqual({ ORG: '#aa77ff' });
    const written = writeBrat(bundle, { styles: { ORG: { color: '#aa77ff' } } }).files;
    const again = readBrat([...written, file('x.txt', '')]);
    expect(again.declared?.colors).toEqual({ ORG: '#aa77ff' });
  });
});
