import { describe, expect, it } from 'vitest';
import { inFileOrder, readConll } from '../../../src/shared/formats';
import { doc } from './build';

describe('inFileOrder', () => {
  // Two files read, listed by name as a project lists them, a document of elsewhere among them.
  const jnlpba = readConll([
    {
      path: 'data/genia.iob2',
      content: '###MEDLINE:96088447\n\nIL-2 B-protein\n\n###MEDLINE:95081322\n\nT O\ncells O\n',
    },
  ]).documents;
  const conllu = readConll([
    {
      path: 'two.conllu',
      content:
        '# newdoc id = b\n1\tZagreb\t_\t_\t_\t_\t0\troot\t_\tname=B-GPE\n\n# newdoc id = a\n1\tAna\t_\t_\t_\t_\t0\troot\t_\tname=B-PER\n',
    },
  ]).documents;
  const byName = [...jnlpba, ...conllu, doc('plain', { name: 'MEDLINE-5' })].sort((x, y) =>
    x.name.localeCompare(y.name),
  );

  it('puts the documents of each file back in its order, in the places they held', () => {
    expect(byName.map((d) => d.name)).toEqual([
      'a',
      'b',
      'MEDLINE-5',
      'MEDLINE-95081322',
      'MEDLINE-96088447',
    ]);
    expect(inFileOrder(byName).map((d) => d.name)).toEqual([
      'b',
      'a',
      'MEDLINE-5',
      'MEDLINE-96088447',
      'MEDLINE-95081322',
    ]);
  });

  it('leaves a file of one document, and documents of elsewhere, where they are', () => {
    const one = readConll([{ path: 'one.conll', content: 'EU B-ORG\n' }]).documents;
    expect(one[0]?.metadata?.conll).not.toHaveProperty('order');
    const list = [doc('x', { name: 'z' }), ...one, doc('y', { name: 'a' })];
    expect(inFileOrder(list)).toEqual(list);
  });
});
