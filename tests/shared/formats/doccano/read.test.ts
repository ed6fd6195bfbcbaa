import { describe, expect, it } from 'vitest';
import { readDoccano } from '../../../../src/shared/formats';
import { errorsOf, file, jsonl, nestedJson } from '../build';

describe('readDoccano', () => {
  it('refuses a record holding a field nested 100 000 deep on its line, and keeps one nested 512 deep', () => {
    const content = `{"text":"IBM","label":[[0,3,"ORG"]]}\n{"text":"IBM","extra":${nestedJson(100_000)}}\n`;
    expect(errorsOf(() => readDoccano([file('a.jsonl', content)])).map((e) => e.message)).toEqual([
      'a.jsonl:2: extra: nests arrays and objects over 512 deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that field',
    ]);
    const kept = readDoccano([file('a.jsonl', `{"text":"IBM","extra":${nestedJson(512)}}\n`)]);
    expect(kept.documents[0]?.metadata?.extra).toEqual(JSON.parse(nestedJson(512)));
  });

  it('converts UTF-16 offsets to code points after an emoji', () => {
    // "😀" is two UTF-16 units: doccano puts "Mike Pompeo" at 3..14, Loupe at 2..13.
    const result = readDoccano([
      file('a.jsonl', jsonl({ id: 7, text: '😀 Mike Pompeo', label: [[3, 14, 'PERSON']] })),
    ]);
    expect(result.documents[0]).toEqual({
      name: '7',
      text: '😀 Mike Pompeo',
      spans: [{ label: 'PERSON', fragments: [{ start: 2, end: 13 }] }],
      relations: [],
      stances: [],
      entities: [],
      documentLabels: {},
      // The record as it was but its text, to write it back unedited (see KeptDoccano).
      metadata: {
        id: 7,
        $doccano: {
          file: {
            name: 'a.jsonl',
            form: 'jsonl',
            index: 0,
            raw: '{"id":7,"text":,"label":[[3,14,"PERSON"]]}\n',
            textAt: 15,
            source: expect.any(String) as unknown,
          },
        },
      },
    });
  });

  it('accepts `labels`, names a record by `name`, else `id`, else file and line', () => {
    const result = readDoccano([
      file(
        'dir/a.jsonl',
        jsonl({ name: 'first', text: 'IBM', labels: [[0, 3, 'ORG']] }, { text: 'x' }),
      ),
    ]);
    expect(result.documents.map((d) => d.name)).toEqual(['first', 'a-2']);
    expect(result.documents[0]?.spans[0]?.label).toBe('ORG');
  });

  it('reads the relation variant with entity ids', () => {
    const record = {
      text: 'مرحبا IBM in Armonk',
      entities: [
        { id: 11, start_offset: 6, end_offset: 9, label: 'ORG' },
        { id: 12, start_offset: 13, end_offset: 19, label: 'GPE' },
      ],
      relations: [{ id: 1, from_id: 11, to_id: 12, type: 'Located_in' }],
    };
    const doc = readDoccano([file('a.jsonl', jsonl(record))]).documents[0];
    expect(doc?.spans).toEqual([
      { id: '11', label: 'ORG', fragments: [{ start: 6, end: 9 }] },
      { id: '12', label: 'GPE', fragments: [{ start: 13, end: 19 }] },
    ]);
    expect(doc?.relations).toEqual([{ id: '1', type: 'Located_in', from: '11', to: '12' }]);
  });

  it('keeps a label id of an older export as the label’s name, as doccano-transformer does', () => {
    const result = readDoccano([
      file(
        'a.jsonl',
        jsonl({
          text: 'Adel met Pompeo.',
          labels: [
            [0, 4, 12],
            [9, 15, 13],
          ],
        }),
      ),
    ]);
    expect(result.documents[0]?.spans.map((s) => s.label)).toEqual(['12', '13']);
  });

  it('skips blank lines and accepts CRLF line endings', () => {
    const content = '{"text":"a","label":[]}\r\n\r\n{"text":"b","label":[]}\r\n';
    expect(readDoccano([file('a.jsonl', content)]).documents.map((d) => d.text)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('readDoccano errors', () => {
  it.each([
    [
      'truncated JSON',
      '{"text": "IBM", "label": [[0, 3',
      'not valid JSON: unexpected end of input (the file looks truncated)',
    ],
    ['a record that is not an object', '[1, 2]', 'expected a JSON object per line'],
    ['a missing text', '{"label": []}', 'text: expected a string'],
    [
      'an offset beyond the text',
      '{"text": "IBM", "label": [[0, 9, "ORG"]]}',
      'label[0]: end 9 is beyond the text (3 UTF-16 units long)',
    ],
    [
      'start not before end',
      '{"text": "IBM", "label": [[2, 1, "ORG"]]}',
      'label[0]: start 2 is not before end 1',
    ],
    [
      'a bad number',
      '{"text": "IBM", "label": [[0.5, 2, "ORG"]]}',
      'label[0]: start 0.5 is not a non-negative integer',
    ],
    [
      'an offset inside a surrogate pair',
      '{"text": "😀", "label": [[1, 2, "X"]]}',
      'label[0]: offset 1 falls inside a surrogate pair',
    ],
    [
      'a label that is not a triple',
      '{"text": "IBM", "label": [[0, "ORG"]]}',
      'label[0]: expected [start, end, "LABEL"]',
    ],
    [
      'both label and entities',
      '{"text": "IBM", "label": [], "entities": []}',
      'has both label and entities',
    ],
    [
      'a duplicate entity id',
      '{"text":"IBM","entities":[{"id":1,"start_offset":0,"end_offset":1,"label":"A"},{"id":1,"start_offset":1,"end_offset":2,"label":"B"}]}',
      'entities[1]: duplicate id 1',
    ],
    [
      'a relation to a missing entity',
      '{"text":"IBM","entities":[],"relations":[{"id":1,"from_id":4,"to_id":5,"type":"R"}]}',
      'relations[0].from_id: 4 is not the id of an entity',
    ],
  ])('rejects %s with file, line and reason', (_, line, reason) => {
    const errors = errorsOf(() =>
      readDoccano([file('d.jsonl', `{"text": "ok", "label": []}\n${line}\n`)]),
    );
    expect(errors[0]).toMatchObject({ file: 'd.jsonl', line: 2 });
    expect(errors[0]?.reason).toContain(reason);
  });

  it('says a relation naming an entity refused for its offsets names that entity, not a missing id', () => {
    // auto_label's all.jsonl once its text was cut short: its entities past the end are refused,
    // and each relation naming one said the id was not an entity of the record, though it was.
    const line =
      '{"text":"IBM","entities":[{"id":7,"start_offset":0,"end_offset":3,"label":"A"},{"id":8,"start_offset":4,"end_offset":9,"label":"B"}],"relations":[{"id":1,"from_id":7,"to_id":8,"type":"R"}]}';
    const errors = errorsOf(() => readDoccano([file('d.jsonl', `${line}\n`)]));
    expect(errors.map((e) => e.reason)).toEqual([
      'entities[1]: end 9 is beyond the text (3 UTF-16 units long)',
      'relations[0].to_id: 8 is the id of entities[1], which is not valid (above): fix that entity, or remove the relation',
    ]);
  });

  it('refuses spans under a key doccano does not use, instead of importing the text alone', () => {
    // lcclab-blcu/CHED all.jsonl: doccano-shaped event triggers under `events`; imported as
    // doccano they gave 299 documents, 0 spans and exit 0.
    const line = jsonl({
      sen_id: 2,
      text: '以秦昭王四十八年正月生于邯郸。',
      events: [{ id: 4, trigger: '生', label: '人生-出生', start_offset: 10, end_offset: 11 }],
    });
    const errors = errorsOf(() => readDoccano([file('all.jsonl', line)]));
    expect(errors.map((e) => e.message)).toEqual([
      'all.jsonl:1: events holds labelled spans under a key doccano does not use; rename it to entities (or label) to import them, or remove it to import the text alone',
    ]);
  });

  it('reports every bad line of every file', () => {
    const errors = errorsOf(() =>
      readDoccano([file('a.jsonl', '{\n{"text": 1}\n'), file('b.jsonl', 'nope\n')]),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'a.jsonl:1: not valid JSON: unexpected end of input (the file looks truncated)',
      'a.jsonl:2: text: expected a string (the document text)',
      "b.jsonl:1: not valid JSON: unexpected 'n'; expected a JSON value",
    ]);
  });
});
