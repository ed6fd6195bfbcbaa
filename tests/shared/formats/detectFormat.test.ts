import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/shared/formats';
import { errorsOf, file, jsonl } from './build';

describe('detectFormat', () => {
  it.each([
    [
      'brat',
      [
        file('a.txt', 'IBM'),
        file('a.ann', 'T1\tORG 0 3\tIBM'),
        file('b.txt', 'x'),
        file('annotation.conf', ''),
      ],
    ],
    ['txt', [file('a.txt', 'IBM'), file('b.txt', 'x')]],
    ['loupe', [file('l.json', '{\n  "format": "loupe",\n  "formatVersion": 1')]],
    ['labelstudio', [file('ls.json', '[{"id": 1, "data": {"text": "x"}, "annotations": []}]')]],
    ['labelstudio', [file('ls.json', '{"data": {"text": "x"}}')]],
    ['doccano', [file('d.jsonl', jsonl({ text: 'x', label: [[0, 1, 'A']] }))]],
    [
      'doccano',
      [
        file(
          'd.jsonl',
          jsonl({
            text: 'x',
            entities: [{ id: 1, start_offset: 0, end_offset: 1, label: 'A' }],
            relations: [],
          }),
        ),
      ],
    ],
    ['spans-jsonl', [file('s.jsonl', jsonl({ text: 'x', spans: [], tokens: [] }))]],
    ['spans-jsonl', [file('s.jsonl', jsonl({ text: 'x' }))]],
    ['doccano', [file('broken.jsonl', '{"text": "x", "label": [[0, 1')]],
  ] as const)('recognizes %s', (id, files) => {
    expect(detectFormat(files)).toBe(id);
  });

  it('refuses export-only, unknown and mixed batches, naming the files', () => {
    expect(errorsOf(() => detectFormat([file('a.conll', 'x\tO')]))[0]?.message).toBe(
      'a.conll: .conll files are an export format (CoNLL, stance TSV); Loupe cannot import them',
    );
    expect(
      errorsOf(() =>
        detectFormat([file('hf.jsonl', jsonl({ id: '1', tokens: [], ner_tags: [] }))]),
      )[0]?.reason,
    ).toContain('export format');
    expect(errorsOf(() => detectFormat([file('a.docx', '')]))[0]?.reason).toBe(
      'cannot tell the format from the extension ".docx"; pass --format',
    );
    expect(
      errorsOf(() =>
        detectFormat([file('a.txt', 'x'), file('d.jsonl', jsonl({ text: 'x', label: [] }))]),
      )[0]?.reason,
    ).toBe('these files mix formats: txt (a.txt), doccano (d.jsonl); import them separately');
    expect(errorsOf(() => detectFormat([]))[0]?.reason).toBe('no files to import');
  });
});
