import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { categoryLabels } from '../../../../src/shared/formats/common/categories';
import { file, span } from '../build';
import { COMPLEX, EXPORTED, exportLayout, LABELING, PYTHON, REVIEWS } from './arrayLayouts';

const FILES: [string, string][] = [
  ['example.json', EXPORTED],
  ['import_example.json', exportLayout(REVIEWS, ['column_data', 'column_label'])],
  ['labeling.json', LABELING],
  ['complex.json', COMPLEX],
  ['python.json', PYTHON],
];

function read(name: string, content: string): FormatBundle {
  return readDoccano([file(name, content)]);
}

/** The bundle with the document at `at` changed by `edit` (or left out, when it gives null). */
function edited(
  bundle: FormatBundle,
  at: number,
  edit: (doc: FormatDocument) => FormatDocument | null,
): FormatBundle {
  const documents = bundle.documents.flatMap((d, i) => (i === at ? (edit(d) ?? []) : [d]));
  return { ...bundle, documents };
}

function written(bundle: FormatBundle): [string, string][] {
  return writeDoccano(bundle).files.map((f) => [f.path, f.content]);
}

describe('a doccano JSON array file written back record by record', () => {
  it.each(FILES)(
    '%s: import → export unchanged gives the file back byte for byte',
    (name, content) => {
      const bundle = read(name, content);
      expect(bundle.documents.length).toBeGreaterThan(1);
      const result = writeDoccano(bundle);
      expect(result.files).toEqual([{ path: name, content }]);
      expect(result.summary.notExpressed).toEqual({});
    },
  );

  it('writes an edited record in its place, in the file’s layout: its lists on one line', () => {
    const relabelled = edited(read('example.json', EXPORTED), 1, (doc) => ({
      ...doc,
      documentLabels: categoryLabels(['positive', 'fast']),
    }));
    const expected = EXPORTED.replace(
      '"Really great transaction.",\n        "label": ["positive"]',
      '"Really great transaction.",\n        "label": ["positive", "fast"]',
    );
    expect(expected).not.toBe(EXPORTED);
    expect(written(relabelled)).toEqual([['example.json', expected]]);
  });

  it('closes the array and keeps its separators when its first or last record is not written', () => {
    const bundle = read('example.json', EXPORTED);
    expect(written(edited(bundle, 2, () => null))).toEqual([
      ['example.json', exportLayout(REVIEWS.slice(0, 2))],
    ]);
    expect(written(edited(bundle, 0, () => null))).toEqual([
      ['example.json', exportLayout(REVIEWS.slice(1))],
    ]);
    expect(
      written(
        edited(
          edited(bundle, 2, () => null),
          0,
          () => null,
        ),
      ),
    ).toEqual([['example.json', exportLayout(REVIEWS.slice(1, 2))]]);
  });

  it('writes a record that shares its line with others in its place, its other fields as they were', () => {
    const bundle = read('complex.json', COMPLEX);
    expect(bundle.documents.map((d) => d.text)[3]).toBe('Great price.');
    const relabelled = edited(bundle, 3, (doc) => ({
      ...doc,
      documentLabels: categoryLabels(['cheap']),
    }));
    const expected = COMPLEX.replace(
      '"labels": ["positive"], "meta" : {"1": "text with"}},\n{"text": "Terrible."',
      '"labels": ["cheap"], "meta" : {"1": "text with"}},\n{"text": "Terrible."',
    );
    expect(expected).not.toBe(COMPLEX);
    expect(written(relabelled)).toEqual([['complex.json', expected]]);
  });

  it('writes an added span in UTF-16 units, indented and escaped as the file is', () => {
    const added = edited(read('python.json', PYTHON), 0, (doc) => ({
      ...doc,
      spans: [...doc.spans, span(13, 16, 'PERSON')],
    }));
    const [[path, content] = ['', '']] = written(added);
    expect(path).toBe('python.json');
    expect(content).toBe(
      PYTHON.replace(
        '"ORG"\n      ]\n    ]',
        '"ORG"\n      ],\n      [\n        14,\n        17,\n        "PERSON"\n      ]\n    ]',
      ),
    );
    expect(read('python.json', content).documents[0]?.spans.map((s) => s.fragments)).toEqual([
      [{ start: 2, end: 5 }],
      [{ start: 13, end: 16 }],
    ]);
  });
});
