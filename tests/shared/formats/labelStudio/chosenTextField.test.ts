import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { lineOf, pretty, region } from './build';

// Made in our own words, in the layout Label Studio exports: a task whose data holds several
// texts, the labels on the one the project's <Text value="$…"/> named.
const tasks = [
  {
    id: 4,
    data: { text: 'Ticket 4', summary: 'IBM called.', body: 'Amira at IBM called twice.' },
    annotations: [{ result: [region('r1', 0, 5, 'Amira', 'PER')] }],
  },
];

describe('readLabelStudio with a chosen text field (--text-field)', () => {
  it('reads the text from the field named, keeps the others (text too) and writes it back there', () => {
    const bundle = readLabelStudio([file('ls.json', pretty(tasks))], { textField: 'body' });
    const [doc] = bundle.documents;
    expect(doc?.text).toBe('Amira at IBM called twice.');
    expect(doc?.spans.map((s) => [s.fragments[0]?.start, s.fragments[0]?.end, s.label])).toEqual([
      [0, 5, 'PER'],
    ]);
    const [written] = JSON.parse(writeLabelStudio(bundle).files[0]?.content ?? '[]');
    expect(written.data).toEqual(tasks[0]?.data);
  });

  it('without it, data.text is the text and a region that does not fit it is refused', () => {
    expect(errorsOf(() => readLabelStudio([file('ls.json', pretty(tasks))])).length).toBe(1);
  });

  it('refuses a field the task does not hold as text, naming the option and its strings', () => {
    const content = pretty(tasks);
    expect(
      errorsOf(() => readLabelStudio([file('ls.json', content)], { textField: 'title' }))[0]
        ?.message,
    ).toBe(
      `ls.json:${lineOf(content, '"data"')}: data.title: --text-field title names no text in this task's data (its strings: text, summary, body); pass --text-field with the field that holds the text`,
    );
  });
});
