import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';
import { region } from './build';

const TEXT = 'IBM hired Ana.';

interface WrittenTask {
  data: { text: string; name?: string };
  annotations: { completed_by?: { email: string }; result: { id: string }[] }[];
}

function tasksOf(content: string | undefined): WrittenTask[] {
  return JSON.parse(content ?? '') as WrittenTask[];
}

describe('several layers of a document no Label Studio file gave', () => {
  it('go back as one task, each annotation named by its layer', () => {
    const amira = doc(TEXT, {
      name: 'a',
      annotator: 'amira',
      spans: [span(0, 3, 'ORG', { id: 's1' })],
    });
    const bo = doc(TEXT, {
      name: 'a',
      annotator: 'bo',
      spans: [span(10, 13, 'PERSON', { id: 's2' })],
    });
    const [written] = writeLabelStudio(bundle(amira, bo)).files;
    expect(written?.path).toBe('labelstudio.json');
    const tasks = tasksOf(written?.content);
    expect(tasks.map((t) => t.data)).toEqual([{ text: TEXT, name: 'a' }]);
    expect(tasks[0]?.annotations).toEqual([
      { completed_by: { email: 'amira' }, result: [region('s1', 0, 3, 'IBM', 'ORG')] },
      { completed_by: { email: 'bo' }, result: [region('s2', 10, 13, 'Ana', 'PERSON')] },
    ]);
    // Read again, each annotation is its layer's.
    const read = readLabelStudio([file('labelstudio.json', written?.content ?? '')]);
    expect(read.documents.map((d) => [d.annotator, d.spans.length])).toEqual([
      ['amira', 1],
      ['bo', 1],
    ]);
  });

  it('a layer alone goes back as it did, without a completed_by', () => {
    const amira = doc(TEXT, {
      name: 'a',
      annotator: 'amira',
      spans: [span(0, 3, 'ORG', { id: 's1' })],
    });
    const [task] = tasksOf(writeLabelStudio(bundle(amira)).files[0]?.content);
    expect(task?.annotations).toEqual([{ result: [region('s1', 0, 3, 'IBM', 'ORG')] }]);
  });
});
