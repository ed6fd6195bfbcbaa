import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FormatErrors,
  readHuggingFace,
  sourceKey,
  writeHuggingFace,
} from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';
import { bundle, doc, nestedJson, span } from '../build';

/** Each document's spans as [label, covered text]. */
function spansOf(read: FormatBundle): [string, string][][] {
  return read.documents.map((d) =>
    d.spans.map((s) => {
      const f = s.fragments[0] ?? { start: 0, end: 0 };
      return [s.label, [...d.text].slice(f.start, f.end).join('')];
    }),
  );
}

function errorsOf(files: FormatFile[], names?: string[]): string[] {
  try {
    readHuggingFace(files, names ? { tagNames: names } : {});
  } catch (error) {
    if (error instanceof FormatErrors)
      return error.errors.map((e) => `${e.file}:${e.line ?? ''}: ${e.reason}`);
    throw error;
  }
  return [];
}

const NAMES = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

describe('readHuggingFace', () => {
  it('says which field of which records it leaves out for nesting over 512 deep, and keeps the others', () => {
    const record = (extra: string) => `{"tokens":["EU"],"ner_tags":["B-ORG"],"id":"0"${extra}}\n`;
    const deep = `,"extra":${nestedJson(100_000)}`;
    const read = readHuggingFace([
      { path: 'a.jsonl', content: record(deep) + record('') + record(deep) },
    ]);
    expect(spansOf(read)).toEqual([[['ORG', 'EU']], [['ORG', 'EU']], [['ORG', 'EU']]]);
    expect(read.warnings).toContain(
      'a.jsonl: "extra" nests arrays and objects over 512 deep, which Loupe cannot keep, so it is left out of 2 records (lines 1, 3) and not written back by the Hugging Face export; the file is damaged there',
    );
    const shallow = readHuggingFace([
      { path: 'a.jsonl', content: record(`,"extra":${nestedJson(512)}`) },
    ]);
    expect(shallow.warnings.some((w) => w.includes('512 deep'))).toBe(false);
  });

  it('reads string tags, one document per record, tokens joined by one space', () => {
    const read = readHuggingFace([
      {
        path: 'train.jsonl',
        content:
          '{"id":"7","tokens":["EU","rejects","German","call"],"ner_tags":["B-ORG","O","B-MISC","O"],"pos_tags":[22,42,16,21]}\n',
      },
    ]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([['7', 'EU rejects German call']]);
    expect(spansOf(read)).toEqual([
      [
        ['ORG', 'EU'],
        ['MISC', 'German'],
      ],
    ]);
    expect(read.documents[0]?.metadata).toEqual({
      $huggingface: {
        records: [{ tokens: 4, fields: { id: '7', pos_tags: [22, 42, 16, 21] } }],
        file: { name: 'train.jsonl', source: sourceKey('train.jsonl'), index: 0 },
      },
    });
  });

  it('names integer tags from dataset_info.json as save_to_disk writes it', () => {
    const info = {
      features: {
        tokens: { feature: { dtype: 'string', _type: 'Value' }, _type: 'Sequence' },
        ner_tags: { feature: { names: NAMES, _type: 'ClassLabel' }, _type: 'Sequence' },
      },
    };
    const read = readHuggingFace([
      { path: 'd/dataset_info.json', content: JSON.stringify(info) },
      {
        path: 'd/train.jsonl',
        content: '{"tokens":["Ann","Lee","in","New","York"],"ner_tags":[1,2,0,3,4]}\n',
      },
    ]);
    expect(spansOf(read)).toEqual([
      [
        ['PER', 'Ann Lee'],
        ['LOC', 'New York'],
      ],
    ]);
  });

  it("names integer tags from a dataset card's YAML", () => {
    const card = [
      '---',
      'dataset_info:',
      '  features:',
      '  - name: tokens',
      '    sequence: string',
      '  - name: ner_tags',
      '    sequence:',
      '      class_label:',
      '        names:',
      "          '0': O",
      "          '1': B-PER",
      "          '2': I-PER",
      '---',
      '',
    ].join('\n');
    const read = readHuggingFace([
      { path: 'README.md', content: card },
      { path: 'a.json', content: '[{"tokens":["Ann","Lee","spoke"],"ner_tags":[1,2,0]}]' },
    ]);
    expect(spansOf(read)).toEqual([[['PER', 'Ann Lee']]]);
  });

  it("reads transformers' sample layout (words, ner)", () => {
    const read = readHuggingFace([
      { path: 's.json', content: '{"words":["Peter","Blackburn"],"ner":["B-PER","I-PER"]}\n' },
    ]);
    expect(spansOf(read)).toEqual([[['PER', 'Peter Blackburn']]]);
  });

  it('reads back its own export: the same spans', () => {
    const text = 'Mike Pompeo visited Iraq.';
    const written = writeHuggingFace(
      bundle(doc(text, { name: 'a', spans: [span(0, 11, 'PERSON'), span(20, 24, 'GPE')] })),
    );
    const read = readHuggingFace([...written.files]);
    expect(read.documents.map((d) => d.text)).toEqual(['Mike Pompeo visited Iraq .']);
    expect(spansOf(read)).toEqual([
      [
        ['PERSON', 'Mike Pompeo'],
        ['GPE', 'Iraq'],
      ],
    ]);
  });

  it('joins the sentence records of one exported document back into it, by their document field', () => {
    const text = 'Mike Pompeo visited Iraq. The US rejected it.';
    const spans = [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')];
    const written = writeHuggingFace(
      bundle(doc(text, { name: 'a', spans }), doc('Ann Lee spoke.', { name: 'b' })),
    );
    const read = readHuggingFace([...written.files]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([
      ['a', 'Mike Pompeo visited Iraq .\nThe US rejected it .'],
      ['b', 'Ann Lee spoke .'],
    ]);
    expect(spansOf(read)).toEqual([
      [
        ['PERSON', 'Mike Pompeo'],
        ['GPE', 'Iraq'],
        ['GPE', 'US'],
      ],
      [],
    ]);
    // Exported again: the same records, the sentences' ids kept.
    expect(writeHuggingFace(read).files[0]).toEqual(written.files[0]);
  });

  it('keeps a document field of records that do not all have one, and reads a document per record', () => {
    const read = readHuggingFace([
      {
        path: 'a.jsonl',
        content:
          '{"tokens":["Ann"],"ner_tags":["B-PER"],"document":"x"}\n{"tokens":["Lee"],"ner_tags":["B-PER"]}\n',
      },
    ]);
    expect(read.documents.map((d) => d.name)).toEqual(['a-1', 'a-2']);
    expect(read.documents[0]?.metadata).toEqual({
      $huggingface: {
        records: [{ tokens: 1, fields: { document: 'x' } }],
        file: { name: 'a.jsonl', source: sourceKey('a.jsonl'), index: 0 },
      },
    });
  });

  it('says what is wrong: length mismatch, unknown id, names missing, bad JSON line', () => {
    expect(
      errorsOf([{ path: 'a.jsonl', content: '{"tokens":["a","b"],"ner_tags":["O"]}\n' }]),
    ).toEqual([
      'a.jsonl:1: 2 tokens but 1 tags in "ner_tags": each token needs one tag; fix the record',
    ]);
    expect(
      errorsOf(
        [
          {
            path: 'a.jsonl',
            content: '{"tokens":["a"],"ner_tags":[0]}\n{"tokens":["a"],"ner_tags":[9]}\n',
          },
        ],
        NAMES,
      ),
    ).toEqual([
      'a.jsonl:2: tag id 9 in "ner_tags" is not among the 5 tag names (0–4); check the names file or --tag-names',
    ]);
    expect(
      errorsOf([{ path: 'a.jsonl', content: '{"tokens":["a"],"ner_tags":[1]}\n' }])[0],
    ).toContain('pass --tag-names O,B-PER,I-PER');
    const bad = errorsOf([
      { path: 'a.jsonl', content: '{"tokens":["a"],"ner_tags":["O"]}\n{"tokens":["a"],\n' },
    ]);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^a\.jsonl:2: /);
  });
});

describe('detectFormat of Hugging Face records', () => {
  it('places tokens with a tag list as hf, and its tag names file with it', () => {
    expect(
      detectFormat([
        { path: 'label_names.json', content: '["O","B-PER"]' },
        { path: 'a.jsonl', content: '{"tokens":["Ann"],"ner_tags":[1]}\n' },
      ]),
    ).toBe('hf');
  });

  it('keeps Prodigy records (tokens as objects) spans-jsonl', () => {
    const prodigy = {
      text: 'Ann',
      tokens: [{ text: 'Ann', start: 0, end: 3, id: 0 }],
      spans: [{ start: 0, end: 3, label: 'PER', token_start: 0, token_end: 0 }],
    };
    expect(detectFormat([{ path: 'p.jsonl', content: `${JSON.stringify(prodigy)}\n` }])).toBe(
      'spans-jsonl',
    );
  });

  it('places Parquet and Arrow rows (decoded to JSON Lines by the import) by their keys', () => {
    const row = '{"id":"0","tokens":["EU","rejects"],"ner_tags":[3,0]}';
    expect(detectFormat([{ path: 'train.parquet', content: row }])).toBe('hf');
    expect(detectFormat([{ path: 'data-00000-of-00001.arrow', content: row }])).toBe('hf');
  });
});

describe('readHuggingFace on real files', () => {
  const FIXTURES = join(__dirname, '../../../fixtures/huggingface');
  const load = (path: string): FormatFile => ({
    path,
    content: readFileSync(join(FIXTURES, path), 'utf8'),
  });

  it("reads transformers' CoNLL sample: 10 records, 25 spans (7 PER, 3 ORG, 15 LOC, counted by hand)", () => {
    const read = readHuggingFace([load('transformers/sample.json')]);
    expect(read.documents).toHaveLength(10);
    const labels = read.documents.flatMap((d) => d.spans.map((s) => s.label));
    expect(labels).toHaveLength(25);
    expect(labels.filter((l) => l === 'PER')).toHaveLength(7);
    expect(labels.filter((l) => l === 'ORG')).toHaveLength(3);
    expect(labels.filter((l) => l === 'LOC')).toHaveLength(15);
    expect(spansOf(read)[7]?.slice(0, 2)).toEqual([
      ['LOC', 'San Diego'],
      ['LOC', 'Creedmoor'],
    ]);
  });

  it('reads Dataset.to_json records named by the dataset_info.json save_to_disk wrote', () => {
    const read = readHuggingFace([load('saved/dataset_info.json'), load('saved/train.jsonl')]);
    expect(read.documents.map((d) => d.name)).toEqual(['0', '1', '2']);
    expect(spansOf(read)).toEqual([
      [
        ['ORG', 'EU'],
        ['MISC', 'German'],
        ['MISC', 'British'],
      ],
      [['PER', 'Peter Blackburn']],
      [['LOC', 'BRUSSELS']],
    ]);
    const errors = errorsOf([load('train.jsonl')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('holds tag ids (3, …) but no file names them');
    expect(errors[0]).toContain('(3 records hold ids)');
  });
});
