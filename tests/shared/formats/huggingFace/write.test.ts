import { describe, expect, it } from 'vitest';
import { writeHuggingFace } from '../../../../src/shared/formats';
import { bundle, doc, jsonl, span } from '../build';

const TEXT = 'Mike Pompeo visited Iraq. The US rejected it.';
const SPANS = [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')];

describe('writeHuggingFace', () => {
  it('writes one record per sentence with integer tags, its document, and the label names, O first', () => {
    const written = writeHuggingFace(bundle(doc(TEXT, { name: 'a', spans: SPANS })));
    expect(written.files).toEqual([
      {
        path: 'hf.jsonl',
        content: jsonl(
          {
            id: 'a-0',
            tokens: ['Mike', 'Pompeo', 'visited', 'Iraq', '.'],
            ner_tags: [3, 4, 0, 1, 0],
            document: 'a',
          },
          {
            id: 'a-1',
            tokens: ['The', 'US', 'rejected', 'it', '.'],
            ner_tags: [0, 1, 0, 0, 0],
            document: 'a',
          },
        ),
      },
      {
        path: 'label_names.json',
        content: `${JSON.stringify(['O', 'B-GPE', 'I-GPE', 'B-PERSON', 'I-PERSON'], null, 2)}\n`,
      },
      { path: 'README.md', content: expect.stringContaining('dataset_info:') as unknown },
    ]);
  });

  it('writes a dataset card whose YAML names the tags and the split size', () => {
    const written = writeHuggingFace(bundle(doc(TEXT, { name: 'a', spans: SPANS })));
    const card = written.files[2]?.content ?? '';
    expect(card.split('\n---\n')[0]).toBe(
      [
        '---',
        'task_categories:',
        '- token-classification',
        'configs:',
        '- config_name: default',
        '  data_files:',
        '  - split: "train"',
        '    path: "hf.jsonl"',
        'dataset_info:',
        '  features:',
        '  - name: id',
        '    dtype: string',
        '  - name: tokens',
        '    sequence: string',
        '  - name: ner_tags',
        '    sequence:',
        '      class_label:',
        '        names:',
        '          "0": "O"',
        '          "1": "B-GPE"',
        '          "2": "I-GPE"',
        '          "3": "B-PERSON"',
        '          "4": "I-PERSON"',
        '  - name: document',
        '    dtype: string',
        '  splits:',
        '  - name: "train"',
        '    num_examples: 2',
      ].join('\n'),
    );
  });

  it('writes one record per document on request, labels in the schema’s order first', () => {
    const written = writeHuggingFace(bundle(doc(TEXT, { name: 'a', spans: SPANS })), {
      unit: 'document',
      labels: ['PERSON', 'ORG'],
    });
    expect(written.files[0]?.content).toBe(
      jsonl({
        id: 'a',
        tokens: ['Mike', 'Pompeo', 'visited', 'Iraq', '.', 'The', 'US', 'rejected', 'it', '.'],
        ner_tags: [1, 2, 0, 5, 0, 0, 5, 0, 0, 0],
        document: 'a',
      }),
    );
    expect(JSON.parse(written.files[1]?.content ?? '')).toEqual([
      'O',
      'B-PERSON',
      'I-PERSON',
      'B-ORG',
      'I-ORG',
      'B-GPE',
      'I-GPE',
    ]);
  });

  it('takes the label names from the spans when the bundle’s label list lacks one', () => {
    const whole = bundle(doc(TEXT, { name: 'a', spans: SPANS }));
    const written = writeHuggingFace({ ...whole, labels: ['PERSON'] });
    expect(written.files.map((f) => f.content)).toEqual(
      writeHuggingFace(whole).files.map((f) => f.content),
    );
    expect(JSON.parse(written.files[1]?.content ?? '')).toEqual([
      'O',
      'B-GPE',
      'I-GPE',
      'B-PERSON',
      'I-PERSON',
    ]);
  });
});
