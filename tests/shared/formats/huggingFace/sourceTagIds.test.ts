import { describe, expect, it } from 'vitest';
import { readHuggingFace, writeHuggingFace } from '../../../../src/shared/formats';
import { bundle, doc, file, jsonl, span } from '../build';
import { recordsOf } from './recordsOf';

/**
 * NCBI-disease as the Hub gives it: `ner_tags` a ClassLabel sequence named O, B-Disease,
 * I-Disease (ids 0, 1, 2; the dataset card of `ncbi_disease`), records in its layout, our words.
 */
const NCBI_NAMES = ['O', 'B-Disease', 'I-Disease'];
const info = (names: readonly string[]) =>
  JSON.stringify({
    features: {
      id: { dtype: 'string', _type: 'Value' },
      tokens: { feature: { dtype: 'string', _type: 'Value' }, _type: 'List' },
      ner_tags: { feature: { names, _type: 'ClassLabel' }, _type: 'List' },
    },
  });
const SOURCE = [
  file(
    'train.jsonl',
    jsonl(
      {
        id: '0',
        tokens: ['Ataxia', 'telangiectasia', 'is', 'rare', '.'],
        ner_tags: [1, 2, 0, 0, 0],
      },
      { id: '1', tokens: ['Mild', 'anemia', 'was', 'seen', '.'], ner_tags: [0, 1, 0, 0, 0] },
    ),
  ),
  file('dataset_info.json', info(NCBI_NAMES)),
];

const namesOf = (files: readonly { path: string; content: string }[]) =>
  JSON.parse(files.find((f) => f.path === 'label_names.json')?.content ?? '[]') as string[];

describe('the HF export of documents read from Hugging Face records with tag names', () => {
  it("keeps the source's tag ids and names order, the project's other labels after them", () => {
    const read = readHuggingFace(SOURCE);
    // Another document labels a Chemical: sorted (or listed) first, it took ids 1 and 2 before.
    const other = doc('Aspirin helps.', { name: 'note', spans: [span(0, 7, 'Chemical')] });
    const written = writeHuggingFace(bundle(...read.documents, other), {
      labels: ['Chemical', 'Disease'],
    });
    expect(namesOf(written.files)).toEqual([...NCBI_NAMES, 'B-Chemical', 'I-Chemical']);
    const records = recordsOf(written.files);
    expect(records.map((r) => [r.id, r.ner_tags])).toEqual([
      ['0', [1, 2, 0, 0, 0]],
      ['1', [0, 1, 0, 0, 0]],
      ['note-0', [3, 0, 0]],
    ]);
    const card = written.files.find((f) => f.path === 'README.md')?.content ?? '';
    expect(card).toContain('          "1": "B-Disease"\n          "2": "I-Disease"\n');
  });

  it('gives O the id the source gave it when that is not 0', () => {
    const names = ['B-Disease', 'I-Disease', 'O'];
    const read = readHuggingFace([
      file('train.jsonl', jsonl({ id: '0', tokens: ['Mild', 'anemia', '.'], ner_tags: [2, 0, 2] })),
      file('dataset_info.json', info(names)),
    ]);
    const written = writeHuggingFace(bundle(...read.documents));
    expect(namesOf(written.files)).toEqual(names);
    expect(recordsOf(written.files).map((r) => r.ner_tags)).toEqual([[2, 0, 2]]);
  });

  it('numbers the tags from the label list as before when no document came with tag names', () => {
    const read = readHuggingFace([
      file('train.jsonl', jsonl({ tokens: ['Mild', 'anemia'], ner_tags: ['O', 'B-Disease'] })),
    ]);
    const other = doc('Aspirin helps.', { name: 'note', spans: [span(0, 7, 'Chemical')] });
    const written = writeHuggingFace(bundle(...read.documents, other));
    expect(namesOf(written.files)).toEqual([
      'O',
      'B-Chemical',
      'I-Chemical',
      'B-Disease',
      'I-Disease',
    ]);
  });
});
