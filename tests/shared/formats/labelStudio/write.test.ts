import { describe, expect, it } from 'vitest';
import { writeLabelStudio } from '../../../../src/shared/formats';
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
