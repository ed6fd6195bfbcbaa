import { describe, expect, it } from 'vitest';
import { readLabelStudio } from '../../../../src/shared/formats';
import { errorsOf, file, nestedJson } from '../build';
import { lineOf, pretty, region, relationResult, task } from './build';

describe('readLabelStudio errors', () => {
  const text = '😀 IBM and Lenovo';

  it.each([
    [
      'a text that disagrees',
      region('r1', 2, 5, 'IBN', 'ORG'),
      '"text": "IBN"',
      'value.text disagrees with the document at these offsets: expected "IBM", found "IBN"',
    ],
    [
      'UTF-16 offsets',
      region('r1', 3, 6, 'IBM', 'ORG'),
      '"text": "IBM"',
      'these offsets count UTF-16 units',
    ],
    [
      'an offset beyond the text',
      region('r1', 2, 50, 'IBM', 'ORG'),
      '"value"',
      'value: end 50 is beyond the text (16 code points long)',
    ],
    [
      'start not before end',
      region('r1', 5, 2, 'IBM', 'ORG'),
      '"value"',
      'value: start 5 is not before end 2',
    ],
    [
      'a bad number',
      region('r1', '2', 5, 'IBM', 'ORG'),
      '"value"',
      'value: start "2" is not a non-negative integer',
    ],
    ['no labels', region('r1', 2, 5, 'IBM'), '"value"', 'value.labels is empty'],
  ])('rejects %s with file, line and reason', (_, bad, marker, reason) => {
    const content = pretty([task(text, [region('ok', 0, 1, '😀', 'EMOJI'), bad])]);
    const errors = errorsOf(() => readLabelStudio([file('ls.json', content)]));
    expect(errors).toHaveLength(1);
    const regionLine = lineOf(content, '"id": "r1"');
    const markerLine =
      regionLine -
      1 +
      lineOf(
        content
          .split('\n')
          .slice(regionLine - 1)
          .join('\n'),
        marker,
      );
    expect(errors[0]).toMatchObject({ file: 'ls.json', line: markerLine });
    expect(errors[0]?.reason).toContain(reason);
  });

  it('rejects duplicate region ids and relations to missing regions', () => {
    const content = pretty(
      task(text, [
        region('r', 2, 5, 'IBM', 'ORG'),
        region('r', 10, 16, 'Lenovo', 'ORG'),
        relationResult('r', 'zz', 'R'),
      ]),
    );
    const second = lineOf(content, '"text": "Lenovo"') - 8;
    expect(
      errorsOf(() => readLabelStudio([file('ls.json', content)])).map((e) => e.message),
    ).toEqual([
      `ls.json:${second}: annotations[0].result[1]: duplicate region id "r"`,
      `ls.json:${lineOf(content, '"from_id"') - 1}: annotations[0].result[2]: to_id "zz" is not a region of this annotation`,
    ]);
  });

  it('rejects truncated JSON and a task without text, with lines', () => {
    expect(
      errorsOf(() => readLabelStudio([file('a.json', '[\n  {"data": {"text": "IBM"}\n')]))[0]
        ?.message,
    ).toBe('a.json:3: not valid JSON: unexpected end of input (the file looks truncated)');
    const content = pretty([task('ok', []), { data: { a: 1 } }]);
    expect(errorsOf(() => readLabelStudio([file('b.json', content)]))[0]?.message).toBe(
      `b.json:${lineOf(content, '"a": 1') - 1}: data.text: expected the document text (a string); data holds no string (its keys: a): put the text under data.text, or in a string field and pass --text-field with its name`,
    );
  });

  it('refuses a task holding a field nested 100 000 deep on its line, or leaves it out with skipInvalid', () => {
    const ok = JSON.stringify(task('IBM', []));
    const content = `[\n${ok},\n{"data": {"text": "IBM", "x": ${nestedJson(100_000)}}}\n]`;
    const message =
      'a.json:3: [1].data: nests arrays and objects over 512 deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that field';
    expect(
      errorsOf(() => readLabelStudio([file('a.json', content)])).map((e) => e.message),
    ).toEqual([message]);
    const skipping = readLabelStudio([file('a.json', content)], { skipInvalid: true });
    expect(skipping.documents.map((d) => d.text)).toEqual(['IBM']);
    expect(skipping.skipped?.map((e) => e.message)).toEqual([message]);
  });

  it('rejects a result without a type, naming its path', () => {
    const content = pretty([{ data: { text: 'x' }, annotations: [{ result: [{ id: 'q' }] }] }]);
    expect(errorsOf(() => readLabelStudio([file('c.json', content)]))[0]?.message).toBe(
      `c.json:${lineOf(content, '"id": "q"') - 1}: [0].annotations[0].result[0].type: expected string, received undefined`,
    );
  });
});

describe('readLabelStudio tasks without data', () => {
  it('reads a task that is its data alone, as Label Studio imports one', () => {
    // Label Studio's label_studio/tests/data_manager/tasks_annotations_predictions.json holds
    // {"text": "zzz"} and {"text": "vivi"} among tasks with data; they were refused as having none.
    const content = pretty([task('IBM', []), { text: 'zzz' }, { text: 'vivi', int_field: 4 }]);
    const read = readLabelStudio([file('tasks.json', content)]);
    expect(read.documents.map((d) => [d.text, d.metadata?.data])).toEqual([
      ['IBM', undefined],
      ['zzz', undefined],
      ['vivi', { int_field: 4 }],
    ]);
  });

  it('says a task without data has no text to import, in words', () => {
    // HumanSignal/label-studio-evalme evalme/tests/test_data/test_old_format.json: 0.x
    // completions with no data, refused as "[0].data: expected record, received undefined".
    const content = JSON.stringify([{ id: 1, completions: [{ result: [] }] }]);
    const errors = errorsOf(() => readLabelStudio([file('old.json', content)]));
    expect(errors.map((e) => e.reason)).toEqual([
      '[0].data: a Label Studio task holds its text in data (data.text); this one has no data, so there is no text to import (export the tasks from Label Studio again, with their data)',
    ]);
  });
});
