import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoccano } from '../../../../src/shared/formats';
import { fileFields } from '../../../../src/shared/formats/common';
import type { FormatDocument } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { errorsOf } from '../build';

const DOCCANO = join(SHARED_DIR, 'fixtures', 'real', 'doccano');
const absent = !existsSync(DOCCANO);
if (absent) console.warn(`skipped: doccano's real files are absent (${DOCCANO})`);

function read(name: string) {
  return readDoccano([{ path: name, content: readFileSync(join(DOCCANO, name), 'utf8') }]);
}

/** Each span as `LABEL text`, in file order. */
function mentions(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map(
    (s) => `${s.label} ${s.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' ')}`,
  );
}

/** The entities of a CoNLL-2003 file doccano-transformer wrote: `LABEL tokens…` per B-/I- run. */
function conllEntities(content: string): string[] {
  const out: string[] = [];
  for (const line of content.split('\n')) {
    const [token, , , tag] = line.split(' ');
    if (!token || !tag || token === '-DOCSTART-') continue;
    if (tag.startsWith('B-')) out.push(`${tag.slice(2)} ${token}`);
    else if (tag.startsWith('I-')) out[out.length - 1] += ` ${token}`;
  }
  return out;
}

describe.skipIf(absent)('readDoccano on the files doccano and doccano-transformer publish', () => {
  it('sequence labeling export (0.x `label` triples)', () => {
    const { documents } = read('data_export__pipeline__examples__sequence_labeling__example.jsonl');
    expect(documents.map(mentions)).toEqual([
      ['ORG EU', 'MISC German'],
      ['PERSON Peter Blackburn'],
      ['PERSON Obama'],
    ]);
  });

  it('relation extraction export, pretty-printed: entities with ids and relations', () => {
    const { documents } = read(
      'data_export__pipeline__examples__relation_extraction__example.jsonl',
    );
    expect(mentions(documents[0])).toEqual([
      'ORG Google',
      'DATE September 4, 1998',
      'PERSON Larry Page',
      'PERSON Sergey Brin',
    ]);
    expect(documents[0]?.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      '0 foundedAt 1',
      '0 foundedBy 2',
      '0 foundedBy 3',
    ]);
  });

  it('intent detection: entities and `cats` as document labels', () => {
    const { documents } = read('data_export__pipeline__examples__intent_detection__example.jsonl');
    expect(documents.map((d) => [mentions(d), d.documentLabels])).toEqual([
      [['City Find a flight from Memphis', 'City Tacoma'], { category: 'flight' }],
      [['City Los Angeles'], { category: 'airport' }],
    ]);
  });

  it('import example with doccano’s column names (`column_data`, `column_label`)', () => {
    const { documents } = read('data_import__pipeline__examples__sequence_labeling__example.jsonl');
    expect(documents.map(mentions)).toEqual([
      ['ORG EU'],
      ['PERSON Peter Blackburn'],
      ['PERSON Obama'],
    ]);
  });

  it('keeps `meta` as metadata, and names the record without text (doccano’s own bad-input test)', () => {
    const errors = errorsOf(() =>
      read('data_import__tests__data__sequence_labeling__example.jsonl'),
    );
    expect(errors.map((e) => `${e.line}: ${e.reason}`)).toEqual([
      '3: text: expected a string (the document text)',
    ]);
    const good = readDoccano([
      {
        path: 'a.jsonl',
        content: readFileSync(
          join(DOCCANO, 'data_import__tests__data__sequence_labeling__example.jsonl'),
          'utf8',
        )
          .split('\n')
          .slice(0, 2)
          .join('\n'),
      },
    ]);
    expect(good.documents.map((d) => fileFields(d.metadata))).toEqual([
      { meta: { wikiPageID: 1 } },
      { meta: { wikiPageID: 2 } },
    ]);
  });

  it('keeps both of two identical spans (doccano’s overlapping example)', () => {
    const { documents } = read(
      'data_import__tests__data__sequence_labeling__example_overlapping.jsonl',
    );
    expect(mentions(documents[0])).toEqual(['LOC e', 'LOC e']);
  });

  it('PR #108: the UTF-16 export and the code point export of one text give the same spans', () => {
    const before = read('pr108_before_utf16.jsonl');
    const after = read('pr108_after_codepoints.jsonl');
    expect(before.documents.map(mentions)).toEqual([
      ['l1 😄', 'l2 label2'],
      ['l1 🎊', 'l2 label2'],
    ]);
    expect(after.documents.map(mentions)).toEqual(before.documents.map(mentions));
    expect(before.warnings).toEqual([]);
    expect(after.warnings).toEqual([
      expect.stringContaining('pr108_after_codepoints.jsonl: offsets fall inside emoji'),
    ]);
    expect(after.documents[0]?.metadata).toEqual({
      doc_id: 42,
      username: 'admin',
      metadata: {},
      // Its record kept, but its text, to be written back as it was, its offsets in code points.
      $doccano: {
        file: expect.objectContaining({
          raw: '{"doc_id": 42, "text": , "entities": [[7, 8, "l1"], [9, 15, "l2"]], "username": "admin", "metadata": {}}\n',
          textAt: 23,
          unit: 'codePoints',
        }) as unknown,
      },
    });
  });

  it('doccano 1.x `annotations` of two users: one layer each, as doccano-transformer splits them', () => {
    const { documents } = read('doccano-transformer/labeling.jsonl');
    const byUser = (user: string) =>
      documents.filter((d) => d.annotator === user).flatMap(mentions);
    for (const user of ['user1', 'user2']) {
      const expected = conllEntities(
        readFileSync(join(DOCCANO, 'doccano-transformer', `labeling.conll2003.${user}`), 'utf8'),
      );
      expect(byUser(user).map((m) => m.replace(/\s+/g, ' '))).toEqual(expected);
    }
    expect(documents[0]?.metadata).toMatchObject({ id: 2578, meta: {}, annotation_approver: null });
  });

  it('doccano 1.x `labels` triples match doccano-transformer’s CoNLL output', () => {
    const { documents } = read('doccano-transformer/labeling_text_label.jsonl');
    const expected = conllEntities(
      readFileSync(
        join(DOCCANO, 'doccano-transformer', 'labeling_text_label.conll2003.user0'),
        'utf8',
      ),
    );
    expect(documents.flatMap(mentions).map((m) => m.replace(/\s+/g, ' '))).toEqual(expected);
  });
});
