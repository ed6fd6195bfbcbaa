import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { writeLabelStudioMin } from '../../../../src/shared/formats/labelStudio/writeMin';
import { bundle, discontinuous, doc, relation, span } from '../build';
import { pretty, region, relationResult, result } from './build';

describe('writeLabelStudio', () => {
  it('writes one task per document with one annotation of labels regions in code points', () => {
    const text = '😀 Mike Pompeo';
    const written = writeLabelStudio(
      bundle(doc(text, { name: 'a', spans: [span(2, 13, 'PERSON', { id: 's1' })] })),
    );
    expect(written.files).toEqual([
      {
        path: 'labelstudio.json',
        content: `${pretty([{ id: 1, data: { text, name: 'a' }, annotations: [{ result: [region('s1', 2, 13, 'Mike Pompeo', 'PERSON')] }] }])}\n`,
      },
    ]);
  });

  it('writes relations, notes, text attributes and document labels; splits discontinuous spans', () => {
    const spans = [
      span(0, 3, 'ORG', { id: 'a', note: 'check', attributes: { Confidence: 'High', Flag: true } }),
      { ...discontinuous('GPE', [7, 8], [10, 16]), id: 'b' },
    ];
    const written = writeLabelStudio(
      bundle(
        doc('IBM in 🇮🇶 Armonk', {
          name: 'x',
          spans,
          relations: [relation('Located_in', 'a', 'b', { note: 'n' })],
          documentLabels: { source: 'wire' },
        }),
      ),
    );
    const tasks = JSON.parse(written.files[0]?.content ?? '') as {
      annotations: { result: unknown[] }[];
    }[];
    expect(tasks[0]?.annotations[0]?.result).toEqual([
      region('a', 0, 3, 'IBM', 'ORG'),
      result('a', 'textarea', 'note', { start: 0, end: 3, text: ['check'] }),
      result('a', 'choices', 'Confidence', { start: 0, end: 3, choices: ['High'] }),
      region('b', 7, 8, '🇮', 'GPE'),
      region('s2-2', 10, 16, 'Armonk', 'GPE'),
      relationResult('a', 'b', 'Located_in'),
      result('document-label', 'choices', 'source', { choices: ['wire'] }),
    ]);
    expect(written.summary.notExpressed).toEqual({
      'discontinuous span written as separate regions': 1,
      'span attribute that is not a text value': 1,
      'relation note': 1,
    });
  });
});

describe('writeLabelStudio: the relations written, counted', () => {
  const text = 'Alice met Bob in Paris.';
  const spans = [
    span(0, 5, 'PERSON', { id: 'a' }),
    span(10, 13, 'PERSON', { id: 'b' }),
    span(17, 22, 'GPE', { id: 'p' }),
  ];
  const relations = [
    relation('KNOWS', 'a', 'b'),
    relation('LIKES', 'a', 'b'),
    relation('IN', 'b', 'p'),
    relation('IN', 'a', 'gone'),
  ];

  it('counts each relation written (two labels of one pair in one result), not one left out', () => {
    const written = writeLabelStudio(bundle(doc(text, { name: 'r', spans, relations })));
    const tasks = JSON.parse(written.files[0]?.content ?? '') as {
      annotations: { result: { type: string; labels?: string[] }[] }[];
    }[];
    const results = tasks[0]?.annotations[0]?.result.filter((r) => r.type === 'relation');
    expect(results?.flatMap((r) => r.labels)).toEqual(['KNOWS', 'LIKES', 'IN']);
    expect(written.summary).toMatchObject({
      relations: 3,
      notExpressed: { 'relation referring to a span that was not written': 1 },
    });
  });

  it('counts the relations of a task written back as it was', () => {
    const first = writeLabelStudio(bundle(doc(text, { name: 'r', spans, relations })));
    const content = first.files[0]?.content ?? '';
    const read = readLabelStudio([{ path: 'tasks.json', content }]);
    const again = writeLabelStudio(read);
    expect(again.files[0]?.content).toBe(content);
    expect(again.summary.relations).toBe(3);
  });

  it('writes none to JSON-MIN, and counts none written', () => {
    const min = writeLabelStudioMin(bundle(doc(text, { name: 'r', spans, relations })));
    expect(min.summary).not.toHaveProperty('relations');
    expect(min.summary.notExpressed).toEqual({ 'relation (JSON-MIN holds none)': 4 });
  });
});
