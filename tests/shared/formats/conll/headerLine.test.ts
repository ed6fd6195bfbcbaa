import { describe, expect, it } from 'vitest';
import { readConll } from '../../../../src/shared/formats';
import { errorsOf, file, lines } from '../build';

describe('readConll of a file headed by column names', () => {
  // ViktorooReps/sp-test-task conll2003/valid.txt @ 64f037db (CoNLL-2003 dev as a user copied
  // it): its first line names the columns; the tokens follow (Reuters text, not kept here).
  it('says the line is a header to remove, not that -NETAG- is no tag', () => {
    const content = lines('-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-', 'EU NNP B-NP B-ORG', '');
    expect(errorsOf(() => readConll([file('valid.txt', content)])).map((e) => e.message)).toEqual([
      'valid.txt:1: -TOKEN- -POSTAG- -CHUNKTAG- -NETAG- names the columns, as a header line does; a CoNLL / IOB file has none: remove the line and import again',
    ]);
  });
});
