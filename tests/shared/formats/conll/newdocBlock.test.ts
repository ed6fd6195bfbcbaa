import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';

const EWT = readFileSync(
  join(import.meta.dirname, '../../../fixtures/real/conllu/ewt-dev-3docs.conllu'),
  'utf8',
);
/** The excerpt's `# newdoc id` values, in order (SOURCES.md: counted with grep). */
const EWT_IDS = [
  'weblog-blogspot.com_nominations_20041117172713_ENG_20041117_172713',
  'weblog-blogspot.com_gettingpolitical_20030906235000_ENG_20030906_235000',
  'answers-20101109081414AAZ3hSI_ans',
];

describe('a # newdoc line in a block of # lines of its own', () => {
  // The excerpt with a blank line after each `# newdoc` line, as some CoNLL-U writers set it apart.
  const apart = EWT.replace(/^(# newdoc[^\n]*\n)/gmu, '$1\n');

  it('still opens a document, named by its id', () => {
    expect(apart).not.toBe(EWT);
    const read = readConll([{ path: 'ewt.conllu', content: apart }]);
    expect(read.documents.map((d) => d.name)).toEqual(EWT_IDS);
    const once = readConll([{ path: 'ewt.conllu', content: EWT }]);
    expect(read.documents.map((d) => d.text)).toEqual(once.documents.map((d) => d.text));
  });

  it('is written back where it was, byte for byte', () => {
    const written = writeConll(readConll([{ path: 'ewt.conllu', content: apart }]));
    expect(written.files[0]?.content).toBe(apart);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('with a # newpar line and a blank line after it too', () => {
    const content = [
      '# newdoc id = b',
      '# newpar',
      '',
      '# sent_id = 1',
      '1\tOne\t_\t_\t_\t_\t0\troot\t_\tname=B-PER',
      '',
      '# newdoc id = a',
      '',
      '1\tTwo\t_\t_\t_\t_\t0\troot\t_\tname=O',
      '',
    ].join('\n');
    const read = readConll([{ path: 'x.conllu', content }]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([
      ['b', 'One'],
      ['a', 'Two'],
    ]);
    expect(writeConll(read).files[0]?.content).toBe(content);
  });
});
