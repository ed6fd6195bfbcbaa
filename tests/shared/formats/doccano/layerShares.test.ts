import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { userOfLayer } from '../../../../src/shared/formats/doccano/layerShares';
import { bundle, doc, file, jsonl, span } from '../build';

/** The documents of `content` read from `path`, as the layer of `annotator` exports them. */
function layer(path: string, content: string, annotator: string): FormatDocument[] {
  return readDoccano([file(path, content)]).documents.map((d) => ({ ...d, annotator }));
}

/** Python's json.dumps spacing of a record. */
function dumps(value: unknown): string {
  return `${JSON.stringify(value).replaceAll('":', '": ').replaceAll(',"', ', "').replaceAll(',[', ', [').replaceAll(',{', ', {')}\n`;
}

describe('userOfLayer', () => {
  it('gives the doccano user a layer an import named stands for, else the layer’s name', () => {
    expect(userOfLayer('user2')).toBe('2');
    expect(userOfLayer('amy')).toBe('amy');
    expect(userOfLayer('user')).toBe('user');
  });
});

describe('several annotators’ layers written to doccano together', () => {
  const text = 'Mike met Ann.';

  it('writes a record one layer filed and another annotated with each one’s spans under its user', () => {
    const content = dumps({ id: 4, text, label: [[0, 4, 'PER']], meta: { src: 'wire' } });
    const [amy] = layer('a.jsonl', content, 'amy');
    if (!amy) throw new Error('one document expected');
    const bob = { ...doc(text, { name: amy.name, annotator: 'bob' }), spans: [span(9, 12, 'PER')] };
    const written = writeDoccano(bundle(amy, bob));
    expect(written.files.map((f) => [f.path, f.content])).toEqual([
      [
        'a.jsonl',
        dumps({
          id: 4,
          text,
          annotations: [
            { label: 'PER', start_offset: 0, end_offset: 4, user: 'amy' },
            { label: 'PER', start_offset: 9, end_offset: 12, user: 'bob' },
          ],
          meta: { src: 'wire' },
        }),
      ],
    ]);
    // Read back, each user's spans are their own again.
    const back = readDoccano([file('a.jsonl', written.files[0]?.content ?? '')]).documents;
    expect(back.map((d) => [d.annotator, d.spans.map((s) => s.fragments)])).toEqual([
      ['useramy', [[{ start: 0, end: 4 }]]],
      ['userbob', [[{ start: 9, end: 12 }]]],
    ]);
  });

  it('adds a layer’s spans to a doccano 1.x record of several users as the user its name stands for', () => {
    const record = {
      id: 9,
      text,
      annotations: [
        { label: 'PER', start_offset: 0, end_offset: 4, user: 1 },
        { label: 'PER', start_offset: 0, end_offset: 4, user: 2 },
      ],
    };
    const read = readDoccano([file('labeling.jsonl', dumps(record))]).documents;
    const [first] = read;
    if (!first) throw new Error('documents expected');
    const user3 = {
      ...doc(text, { name: first.name, annotator: 'user3' }),
      spans: [span(9, 12, 'PER')],
    };
    const written = writeDoccano(bundle(...read, user3)).files;
    expect(written.map((f) => [f.path, f.content])).toEqual([
      [
        'labeling.jsonl',
        dumps({
          ...record,
          annotations: [
            ...record.annotations,
            { label: 'PER', start_offset: 9, end_offset: 12, user: 3 },
          ],
        }),
      ],
    ]);
  });

  it('writes a document no file gave once, each layer’s spans and categories with its user', () => {
    const user1 = doc('😀 Ann left.', {
      name: 'n1',
      annotator: 'user1',
      spans: [span(2, 5, 'PER')],
    });
    const user2 = doc('😀 Ann left.', {
      name: 'n1',
      annotator: 'user2',
      spans: [span(2, 5, 'ORG')],
      documentLabels: { category: 'sports' },
    });
    const written = writeDoccano(bundle(user1, user2));
    expect(written.files).toEqual([
      {
        path: 'doccano.jsonl',
        content: jsonl({
          name: 'n1',
          text: '😀 Ann left.',
          annotations: [
            { label: 'PER', start_offset: 3, end_offset: 6, user: 1 },
            { label: 'ORG', start_offset: 3, end_offset: 6, user: 2 },
            { label: 'sports', user: 2 },
          ],
        }),
      },
    ]);
    const back = readDoccano([file('doccano.jsonl', written.files[0]?.content ?? '')]);
    expect(back.documents.map((d) => [d.annotator, d.spans, d.documentLabels])).toEqual([
      ['user1', [span(2, 5, 'PER')], {}],
      ['user2', [span(2, 5, 'ORG')], { category: 'sports' }],
    ]);
  });

  it('writes each user’s own file back to it (doccano’s export of one file a user), byte for byte', () => {
    const admin = dumps({ id: 1, text, label: [[0, 4, 'PER']] });
    const bob = dumps({ id: 1, text, label: [[9, 12, 'PER']] });
    const documents = [...layer('admin.jsonl', admin, 'admin'), ...layer('bob.jsonl', bob, 'bob')];
    const written = writeDoccano(bundle(...documents));
    expect(written.files.map((f) => [f.path, f.content])).toEqual([
      ['admin.jsonl', admin],
      ['bob.jsonl', bob],
    ]);
    expect(written.summary.notExpressed).toEqual({});
  });
});
