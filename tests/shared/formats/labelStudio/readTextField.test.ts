import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { lineOf, pretty, region } from './build';

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
    // Unchanged, the task goes back as it was: its id names the document, no data.name added.
    expect(task?.data).toEqual({ question: 'Is the bridge open?', answer: 'Yes, since May.' });
    expect(readLabelStudio(written.files).documents).toEqual(read.documents);
  });

  it('refuses such a task when its to_name names no field, saying which fields and how to choose', () => {
    const content = pretty([choicesOn('text')]);
    expect(errorsOf(() => readLabelStudio([file('qa.json', content)]))[0]?.message).toMatch(
      /data has several strings \(question, answer\) .* rename the field that holds the text to text, or name the Text tag after its field/,
    );
  });
});
