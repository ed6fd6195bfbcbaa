import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { categoryLabels } from '../../../../src/shared/formats/common/categories';
import { span } from '../build';

const REAL = join(SHARED_DIR, 'fixtures', 'real', 'doccano');
const absent = !existsSync(REAL);
if (absent) console.warn(`skipped: doccano's real files are absent (${REAL})`);

/** doccano's own tests of bad input: a record without text, refused as doccano refuses it. */
const REFUSED = [
  'data_import__tests__data__intent__example.jsonl',
  'data_import__tests__data__sequence_labeling__example.jsonl',
];

/** Every doccano JSONL file of the shared folder, by its path under it. */
const FILES = absent
  ? []
  : [
      ...readdirSync(REAL).filter((f) => f.endsWith('.jsonl')),
      ...readdirSync(join(REAL, 'doccano-transformer'))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => `doccano-transformer/${f}`),
    ].filter((f) => !REFUSED.includes(f));

function read(name: string): { bundle: FormatBundle; content: string; file: string } {
  const content = readFileSync(join(REAL, name), 'utf8');
  const file = name.split('/').pop() ?? name;
  return { bundle: readDoccano([{ path: name, content }]), content, file };
}

/** The bundle with one document changed by `edit`. */
function edited(
  bundle: FormatBundle,
  at: number,
  edit: (doc: FormatDocument) => FormatDocument,
): FormatBundle {
  return { ...bundle, documents: bundle.documents.map((d, i) => (i === at ? edit(d) : d)) };
}

describe.skipIf(absent)('doccano JSONL files written back as they came', () => {
  it('reads every file but doccano’s two tests of a record without text', () => {
    expect(FILES.length).toBe(12);
  });

  it.each(FILES)('%s: import → export unchanged gives the file back byte for byte', (name) => {
    const { bundle, content, file } = read(name);
    const written = writeDoccano(bundle);
    expect(written.files.map((f) => f.path)).toEqual([file]);
    expect(written.files[0]?.content).toBe(content);
    expect(written.summary.notExpressed).toEqual({});
  });
});

describe.skipIf(absent)('an edited doccano JSONL record written with its file’s keys', () => {
  it('keeps column_data and column_label, and the other records as they were', () => {
    const name = 'data_import__pipeline__examples__sequence_labeling__example.jsonl';
    const { bundle, content } = read(name);
    const added = edited(bundle, 1, (doc) => ({
      ...doc,
      spans: [...doc.spans, span(0, 5, 'GIVEN')],
    }));
    const lines = content.split('\n');
    lines[1] =
      '{"column_data": "Peter Blackburn", "column_label": [[0, 15, "PERSON"], [0, 5, "GIVEN"]]}';
    expect(writeDoccano(added).files).toEqual([{ path: name, content: lines.join('\n') }]);
  });

  it('writes offsets in code points for a file read as code points (doccano after its PR #108)', () => {
    const { bundle, content } = read('pr108_after_codepoints.jsonl');
    const relabelled = edited(bundle, 0, (doc) => ({
      ...doc,
      spans: doc.spans.map((s) => (s.label === 'l2' ? { ...s, label: 'l9' } : s)),
    }));
    const lines = content.split('\n');
    lines[0] =
      '{"doc_id": 42, "text": "label1 😄 label2, label3", "entities": [[7, 8, "l1"], [9, 15, "l9"]], "username": "admin", "metadata": {}}';
    expect(writeDoccano(relabelled).files[0]?.content).toBe(lines.join('\n'));
  });

  it('keeps a pretty-printed record pretty-printed, its entity ids and its relations’ keys', () => {
    const name = 'data_export__pipeline__examples__relation_extraction__example.jsonl';
    const { bundle, content } = read(name);
    const fewer = edited(bundle, 0, (doc) => ({ ...doc, relations: doc.relations.slice(0, 2) }));
    const filed = JSON.parse(content) as { relations: unknown[] };
    const expected = { ...filed, relations: filed.relations.slice(0, 2) };
    expect(writeDoccano(fewer).files[0]?.content).toBe(`${JSON.stringify(expected, null, 4)}\n`);
  });

  it('gives each user of a doccano 1.x record their own annotations again', () => {
    const { bundle, content } = read('doccano-transformer/labeling.jsonl');
    const at = bundle.documents.findIndex((d) => d.annotator === 'user2');
    const less = edited(bundle, at, (doc) => ({ ...doc, spans: doc.spans.slice(1) }));
    const [first, ...rest] = content.split('\n');
    const record = JSON.parse(first ?? '') as { annotations: { user: number }[] };
    const mine = record.annotations.filter((a) => a.user === 2);
    const expected = {
      ...record,
      annotations: record.annotations.filter((a) => a !== mine[0]),
    };
    const written = writeDoccano(less).files[0]?.content ?? '';
    expect(written.split('\n')[0]).toBe(
      // Python's json.dumps spacing, as the file has it.
      JSON.stringify(expected)
        .replaceAll('":', '": ')
        .replaceAll(',"', ', "')
        .replaceAll('},{', '}, {'),
    );
    expect(written.split('\n').slice(1)).toEqual(rest);
  });
});

describe('a JSON Lines file of keys named on import (--text-column, --label-column)', () => {
  const content =
    '{"id": 1, "sentence": "Mike left.", "tags": [[0, 4, "PER"]]}\n{"id": 2, "sentence": "Ann came.", "tags": []}\n';
  const columns = { textColumn: 'sentence', labelColumn: 'tags' };

  it('comes back byte for byte unedited, and an edited record keeps the keys', () => {
    const bundle = readDoccano([{ path: 'people.jsonl', content }], columns);
    expect(writeDoccano(bundle).files).toEqual([{ path: 'people.jsonl', content }]);
    const added = edited(bundle, 1, (doc) => ({
      ...doc,
      spans: [span(0, 3, 'PER')],
    }));
    expect(writeDoccano(added).files[0]?.content).toBe(
      '{"id": 1, "sentence": "Mike left.", "tags": [[0, 4, "PER"]]}\n{"id": 2, "sentence": "Ann came.", "tags": [[0, 3, "PER"]]}\n',
    );
  });
});

describe('an edited record keeps each field it did not change as it was written', () => {
  // Spaced as records of doccano's own test file app/api/tests/data/complex.json are (doccano
  // @ 678136683c27a74cfdc816fe912afe05c70c916b, MIT): `"meta" : {…}`, `\u00e9` beside `é`.
  const content =
    '{"text": "Great price.", "labels": ["positive"], "meta" : {"1": "caf\\u00e9"}}\n{"text": "Terrible.", "labels": ["negative"]}\n';

  it('its key’s spacing and its value’s escapes, the changed value spaced as the record is', () => {
    const bundle = readDoccano([{ path: 'complex.jsonl', content }]);
    const relabelled = edited(bundle, 0, (doc) => ({
      ...doc,
      documentLabels: categoryLabels(['cheap']),
    }));
    expect(writeDoccano(relabelled).files[0]?.content).toBe(
      content.replace('["positive"]', '["cheap"]'),
    );
  });
});
