import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { errorsOf, file, nestedJson } from '../build';
import { lineOf, pretty, region, relationResult, result, task } from './build';

describe('readLabelStudio', () => {
  it('reads labels regions in code points, checking value.text', () => {
    const text = '😀 Mike Pompeo visited Iraq';
    const doc = readLabelStudio([
      file(
        'ls.json',
        pretty([task(text, [region('r1', 2, 13, 'Mike Pompeo', 'PERSON')], { id: 4 })]),
      ),
    ]).documents[0];
    expect(doc).toEqual({
      name: '4',
      text,
      spans: [{ id: 'r1', label: 'PERSON', fragments: [{ start: 2, end: 13 }] }],
      relations: [],
      stances: [],
      entities: [],
      documentLabels: {},
      metadata: { id: 4 },
    });
  });

  it('reads relations, per-region notes and choices, document choices and several labels per region', () => {
    const text = 'IBM is in Armonk';
    const results = [
      region('a', 0, 3, 'IBM', 'ORG', 'COMPANY'),
      region('b', 10, 16, 'Armonk', 'GPE'),
      relationResult('b', 'a', 'Located_in', 'left'),
      result('a', 'textarea', 'note', { start: 0, end: 3, text: ['check'] }),
      result('b', 'choices', 'Confidence', { start: 10, end: 16, choices: ['High'] }),
      result('d1', 'choices', 'source type', { choices: ['newspaper'] }),
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task(text, results)))]).documents[0];
    expect(doc?.spans).toEqual([
      { id: 'a', label: 'ORG', fragments: [{ start: 0, end: 3 }], note: 'check' },
      { id: 'a.2', label: 'COMPANY', fragments: [{ start: 0, end: 3 }] },
      {
        id: 'b',
        label: 'GPE',
        fragments: [{ start: 10, end: 16 }],
        attributes: { Confidence: 'High' },
      },
    ]);
    expect(doc?.relations).toEqual([{ type: 'Located_in', from: 'a', to: 'b' }]);
    expect(doc?.documentLabels).toEqual({ 'source type': 'newspaper' });
  });

  it('makes one document per annotation (0.x completions too) and per prediction (a machine layer), skipping cancelled ones', () => {
    const tasks = [
      {
        data: { text: 'IBM', name: 'n1' },
        annotations: [
          {
            completed_by: { email: 'amira@example.org' },
            result: [region('r', 0, 3, 'IBM', 'ORG')],
          },
          { completed_by: 7, result: [] },
          { was_cancelled: true, result: [] },
        ],
      },
      {
        data: { content: 'Lenovo' },
        completions: [{ result: [region('c', 0, 6, 'Lenovo', 'ORG')] }],
        predictions: [{ model_version: 'v2', result: [region('p', 0, 6, 'Lenovo', 'ORG')] }],
      },
    ];
    const result = readLabelStudio([file('ls.json', pretty(tasks))]);
    expect(
      result.documents.map((d) => [
        d.name,
        d.annotator,
        d.machine ?? false,
        d.text,
        d.spans.length,
      ]),
    ).toEqual([
      ['n1', 'amira@example.org', false, 'IBM', 1],
      ['n1', '7', false, 'IBM', 0],
      ['ls-2', undefined, false, 'Lenovo', 1],
      ['ls-2', 'v2', true, 'Lenovo', 1],
    ]);
    const content = pretty(tasks);
    expect(result.warnings).toEqual([
      `ls.json:${lineOf(content, '"was_cancelled"') - 1}: a cancelled annotation is not imported`,
    ]);
  });
});

describe('readLabelStudio several annotations in one layer', () => {
  it('says when two annotations of a task name no annotator, or the same one, as they go to one layer', () => {
    // Hand-made imports and ML back ends write annotations without completed_by and
    // predictions without model_version: two of them were merged into one layer without a word.
    const tasks = [
      {
        data: { text: 'IBM' },
        annotations: [{ result: [region('a', 0, 3, 'IBM', 'ORG')] }, { result: [] }],
        predictions: [{ result: [] }, { result: [] }],
      },
    ];
    const content = pretty(tasks);
    const read = readLabelStudio([file('ls.json', content)]);
    expect(read.documents).toHaveLength(4);
    expect(read.warnings).toEqual([
      `ls.json:${lineOf(content, '"result": []') - 1}: this task has several annotations of no completed_by: they go to one layer, their spans and relations merged and the last one's choices and kept fields kept`,
      expect.stringMatching(
        /^ls\.json:\d+: this task has several predictions of no model_version: they go to one layer/,
      ),
    ]);
  });
});

describe('readLabelStudio value.text', () => {
  it('keeps the offsets when value.text differs from the document only in whitespace, with a warning', () => {
    // jbogensperger/drug_review export/2021-02-23-10-36-59-JSON.zip (Label Studio 0.x): 5 of
    // 2,829 regions carry a value.text with a space the task's text does not have, at right
    // offsets ("Skywalker . OG" over "Skywalker. OG"); the whole export was refused.
    const text = 'Skywalker. OG is a potent hybrid';
    const content = pretty([task(text, [region('r1', 0, 13, 'Skywalker . OG', 'Drug')])]);
    const result = readLabelStudio([file('result.json', content)]);
    expect(result.documents[0]?.spans).toEqual([
      { id: 'r1', label: 'Drug', fragments: [{ start: 0, end: 13 }] },
    ]);
    expect(result.warnings).toEqual([
      `result.json:${lineOf(content, '"value"')}: value.text "Skywalker . OG" differs from the document's "Skywalker. OG" at 0-13 only in whitespace; the offsets are kept`,
    ]);
  });
});

describe('readLabelStudio text field', () => {
  // jbogensperger/drug_review upload/73b0b0-label_result_example.json (Label Studio 0.x): the
  // text is data.description beside other strings (category, vendor, …); it was refused
  // with "data.text: expected the document text (a string)".
  const data = (description: string) => ({
    category: 'DRUG',
    description,
    vendor: 'jasonjohnson',
    name: 'Lorazepam 5 mg',
  });
  const lorazepam = 'one box of Lorazepam 5 mg';

  it('reads the one string field the regions fit, for every task of the file', () => {
    const tasks = [
      {
        data: data(lorazepam),
        completions: [{ result: [region('r1', 11, 20, 'Lorazepam', 'Drug')] }],
      },
      { data: data('Zolpidem 10mg'), completions: [{ result: [] }] },
    ];
    const result = readLabelStudio([file('example.json', pretty(tasks))]);
    expect(result.documents.map((d) => d.text)).toEqual([lorazepam, 'Zolpidem 10mg']);
    expect(result.documents[0]?.spans).toEqual([
      { id: 'r1', label: 'Drug', fragments: [{ start: 11, end: 20 }] },
    ]);
  });

  it('names the candidate fields when the regions fit none or several', () => {
    const tasks = [
      {
        data: { a: 'IBM', b: 'IBM' },
        annotations: [{ result: [region('r1', 0, 3, 'IBM', 'ORG')] }],
      },
    ];
    const content = pretty(tasks);
    expect(errorsOf(() => readLabelStudio([file('ls.json', content)]))[0]?.message).toBe(
      `ls.json:${lineOf(content, '"data"')}: data.text: no text field; data has several strings (a, b) and neither the regions' value.text nor the results' to_name single out one of them: rename the field that holds the text to text, or name the Text tag after its field (<Text name="a" value="$a"/>) so the results' to_name is that field, or pass --text-field a (or another of them) to say which holds the text`,
    );
  });

  // Made in our own words, in the layout Label Studio exports (a result's to_name is the
  // object tag's name, which configs often give the field's: <Text name="answer"
  // value="$answer"/> with <Choices toName="answer">): only document choices, so no region
  // singles out the text.
  const choicesOn = (toName: string) => ({
    id: 12,
    data: { question: 'Is the bridge open?', answer: 'Yes, since May.' },
    annotations: [
      {
        result: [
          {
            id: 'c1',
            from_name: 'quality',
            to_name: toName,
            type: 'choices',
            value: { choices: ['good'] },
          },
        ],
      },
    ],
  });

  it("reads the field the results' to_name names when a task has document choices alone", () => {
    const read = readLabelStudio([file('qa.json', pretty([choicesOn('answer')]))]);
    expect(read.documents.map((d) => [d.text, d.documentLabels])).toEqual([
      ['Yes, since May.', { quality: 'good' }],
    ]);
    const written = writeLabelStudio(read);
    const [task] = JSON.parse(written.files[0]?.content ?? '[]') as { data: object }[];
    expect(task?.data).toEqual({
      question: 'Is the bridge open?',
      answer: 'Yes, since May.',
      name: '12',
    });
    expect(readLabelStudio(written.files).documents).toEqual(read.documents);
  });

  it('refuses such a task when its to_name names no field, saying which fields and how to choose', () => {
    const content = pretty([choicesOn('text')]);
    expect(errorsOf(() => readLabelStudio([file('qa.json', content)]))[0]?.message).toMatch(
      /data has several strings \(question, answer\) .* rename the field that holds the text to text, or name the Text tag after its field/,
    );
  });
});

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
      `b.json:${lineOf(content, '"a": 1') - 1}: data.text: expected the document text (a string)`,
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

describe('readLabelStudio keeps what Loupe does not model', () => {
  it('reads every label of a relation, one without labels, and keeps a bidirectional one as such', () => {
    // Label Studio's relations carry any number of labels (Relations choice="multiple") or none
    // (label-studio examples/references, dataiku/kiji-proxy sample_predictions.json); only the
    // first was read, and a bidirectional relation was read as from → to.
    const results = [
      region('a', 0, 3, 'IBM', 'ORG'),
      region('b', 10, 16, 'Armonk', 'GPE'),
      { ...relationResult('a', 'b', 'Located_in'), labels: ['Located_in', 'Headquartered_in'] },
      { from_id: 'b', to_id: 'a', type: 'relation', direction: 'right' },
      { ...relationResult('a', 'b', 'Near'), direction: 'bi' },
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task('IBM is in Armonk', results)))])
      .documents[0];
    expect(doc?.relations).toEqual([
      { type: 'Located_in', from: 'a', to: 'b' },
      { type: 'Headquartered_in', from: 'a', to: 'b' },
      { type: 'relation', from: 'b', to: 'a' },
      { type: 'Near', from: 'a', to: 'b', attributes: { direction: 'bi' } },
    ]);
  });

  it('keeps every value of a choices control, as name, name 2, …', () => {
    const results = [
      region('a', 0, 3, 'IBM', 'ORG'),
      result('a', 'choices', 'Role', { start: 0, end: 3, choices: ['Buyer', 'Seller'] }),
      result('t', 'choices', 'topic', { choices: ['Tech', 'Finance', 'Law'] }),
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task('IBM sold', results)))]).documents[0];
    expect(doc?.spans[0]?.attributes).toEqual({ Role: 'Buyer', 'Role 2': 'Seller' });
    expect(doc?.documentLabels).toEqual({ topic: 'Tech', 'topic 2': 'Finance', 'topic 3': 'Law' });
    expect(doc?.metadata?.$labelstudio).toEqual({
      multiple: ['Role', 'topic'],
      choices: { topic: { id: 't' } },
    });
  });

  it("keeps the annotation's fields, the controls' names, region fields and results it does not read", () => {
    const ner = { ...region('r1', 0, 3, 'IBM', 'ORG'), from_name: 'ner', to_name: 'doc' };
    const whole = result('t1', 'textarea', 'summary', { text: ['A sale'] });
    const rating = result('g1', 'rating', 'quality', { rating: 4 });
    const annotation = {
      id: 9,
      completed_by: { id: 1, email: 'amira@example.org' },
      result: [
        { ...ner, origin: 'manual', meta: { text: ['checked'] } },
        {
          ...result('r1', 'textarea', 'comment', { start: 0, end: 3, text: ['a buyer'] }),
          to_name: 'doc',
        },
        whole,
        rating,
      ],
      lead_time: 10.7,
      ground_truth: false,
    };
    const content = pretty([{ id: 3, data: { text: 'IBM sold' }, annotations: [annotation] }]);
    const read = readLabelStudio([file('ls.json', content)]);
    const doc = read.documents[0];
    expect(doc?.spans).toEqual([
      { id: 'r1', label: 'ORG', fragments: [{ start: 0, end: 3 }], note: 'a buyer' },
    ]);
    expect(doc?.annotator).toBe('amira@example.org');
    expect(doc?.metadata).toEqual({
      id: 3,
      $labelstudio: {
        annotation: {
          id: 9,
          completed_by: { id: 1, email: 'amira@example.org' },
          lead_time: 10.7,
          ground_truth: false,
        },
        labels: { ORG: 'ner' },
        to: { ner: 'doc', comment: 'doc' },
        regions: { r1: { origin: 'manual', meta: { text: ['checked'] } } },
        note: 'comment',
        results: [whole, rating],
      },
    });
    expect(read.warnings).toEqual([
      `ls.json:${lineOf(content, '"t1"') - 1}: a textarea result not tied to a region is kept as it was and written back to Label Studio; Loupe does not show it`,
      `ls.json:${lineOf(content, '"g1"') - 1}: a rating result not tied to a region is kept as it was and written back to Label Studio; Loupe does not show it`,
    ]);
  });

  it('marks a prediction, with its model_version and score, to be written back as one', () => {
    const tasks = [
      {
        data: { text: 'IBM' },
        predictions: [
          { model_version: 'coref-v1', score: 0.95, result: [region('p', 0, 3, 'IBM', 'ORG')] },
        ],
      },
    ];
    const doc = readLabelStudio([file('ls.json', pretty(tasks))]).documents[0];
    expect(doc?.metadata).toEqual({
      $labelstudio: { annotation: { model_version: 'coref-v1', score: 0.95 }, prediction: true },
    });
  });
});

describe('readLabelStudio JSON-MIN', () => {
  it('reads a JSON-MIN export: regions under their control name, the annotator and times as the annotation', () => {
    // The shape of Label Studio's JSON-MIN export (label-studio-sdk converter.convert_to_json_min:
    // data fields flattened, each control's values under its name, annotator, annotation_id,
    // created_at, updated_at, lead_time), as a user pasted one in label-studio issue #1803
    // (text under $Full_Text). It was refused: "[0].data: … this one has no data".
    const text = 'BORROWER: Electric City Corp., a Delaware corporation (the Company), agree.';
    const record = {
      Full_Text: text,
      id: 5297,
      label: [
        { start: 10, end: 30, text: 'Electric City Corp.,', labels: ['Name'] },
        { start: 59, end: 66, text: 'Company', labels: ['Reference'] },
      ],
      annotator: 'someone@example.com',
      annotation_id: 12,
      created_at: '2021-12-02T10:00:00.000000Z',
      lead_time: 30.5,
    };
    const read = readLabelStudio([file('min.json', pretty([record]))]);
    const [doc] = read.documents;
    expect(doc?.name).toBe('5297');
    expect(doc?.annotator).toBe('someone@example.com');
    expect(doc?.spans.map((s) => [s.label, s.fragments])).toEqual([
      ['Name', [{ start: 10, end: 30 }]],
      ['Reference', [{ start: 59, end: 66 }]],
    ]);
    expect(read.warnings).toEqual([
      "min.json: read as Label Studio's JSON-MIN export, which holds no relations and gives a choice or a textarea as a plain field (read as data); export Label Studio's JSON to keep them",
    ]);
    const [task] = JSON.parse(writeLabelStudio(read).files[0]?.content ?? '[]') as Record<
      string,
      unknown
    >[];
    expect(task?.data).toEqual({ Full_Text: text, name: '5297' });
    expect(task?.annotations).toMatchObject([
      {
        id: 12,
        completed_by: { email: 'someone@example.com' },
        lead_time: 30.5,
        result: [{ from_name: 'label', value: { start: 10, end: 30, labels: ['Name'] } }, {}],
      },
    ]);
  });
});
