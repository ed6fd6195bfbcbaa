import { describe, expect, it } from 'vitest';
import { readBrat, readConll, readDoccano, readLabelStudio } from '../../../src/shared/formats';
import { documentFacts, spanFacts } from '../../../src/shared/formats/sourceFacts';
import { file, jsonl, lines, tsv } from './build';
import { pretty, region, task } from './labelStudio/build';

/** The one document a read gave, or a failure naming what came instead. */
function only<T>(documents: readonly T[]): T {
  expect(documents).toHaveLength(1);
  return documents[0] as T;
}

describe('what an import kept, as the app shows it', () => {
  it("shows a CoNLL token's other columns under the span that covers it", () => {
    // The CoNLL-2003 layout: token, POS, chunk, NER (IOB1).
    const conll = lines(
      'EU NNP B-NP I-ORG',
      'rejects VBZ B-VP O',
      '',
      'Peter NNP B-NP I-PER',
      'Blackburn NNP I-NP I-PER',
    );
    const doc = only(readConll([file('news.conll', conll)], {}).documents);
    const peter = doc.spans.find((s) => s.label === 'PER');
    expect(peter && spanFacts(peter, doc.text, doc.metadata)).toEqual([
      {
        heading: 'CoNLL columns',
        facts: [
          { name: 'Peter', value: 'NNP B-NP' },
          { name: 'Blackburn', value: 'NNP I-NP' },
        ],
      },
    ]);
    expect(documentFacts(doc.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [{ name: 'CoNLL', value: '4 columns, tags in column 4 (IOB1)' }],
      },
    ]);
  });

  it('shows brat attributes and references on their span, as the .ann file wrote them', () => {
    const read = readBrat([
      file('a.txt', 'Mike Pompeo left'),
      file(
        'a.ann',
        lines(
          tsv('T1', 'Person 0 11', 'Mike Pompeo'),
          tsv('A1', 'Negated T1'),
          tsv('A2', 'Confidence T1 High'),
          tsv('N1', 'Reference T1 Wikidata:Q473239', 'Mike Pompeo'),
        ),
      ),
    ]);
    const doc = only(read.documents);
    expect(spanFacts(only(doc.spans), doc.text, doc.metadata)).toEqual([
      {
        heading: 'Attributes',
        facts: [
          { name: 'Confidence', value: 'High' },
          { name: 'Negated', value: 'true' },
        ],
      },
      { heading: 'References', facts: [{ name: 'Wikidata:Q473239', value: 'Mike Pompeo' }] },
    ]);
  });

  it("shows a Label Studio region's own fields on its span and the task's fields on the document", () => {
    const text = 'IBM is in Armonk';
    const scored = { ...region('r1', 0, 3, 'IBM', 'ORG'), origin: 'prediction', score: 0.93 };
    const tasks = [
      { ...task(text, [scored], { id: 41 }), data: { text, source: 'wire', batch: 7 } },
    ];
    const doc = only(readLabelStudio([file('ls.json', pretty(tasks))]).documents);
    expect(spanFacts(only(doc.spans), doc.text, doc.metadata)).toEqual([
      {
        heading: 'Label Studio region',
        facts: [
          { name: 'origin', value: 'prediction' },
          { name: 'score', value: '0.93' },
        ],
      },
    ]);
    const facts = documentFacts(doc.metadata);
    expect(facts[0]?.heading).toBe('Source file');
    expect(facts[0]?.facts).toEqual([
      { name: 'id', value: '41' },
      { name: 'data.source', value: 'wire' },
      { name: 'data.batch', value: '7' },
    ]);
  });

  it("shows doccano's meta as the file had it, and nothing for a document made in Loupe", () => {
    const record = { text: 'Mike left', label: [[0, 4, 'PER']], meta: { source: 'wire' } };
    const doc = only(readDoccano([file('d.jsonl', jsonl(record))]).documents);
    expect(documentFacts(doc.metadata)).toEqual([
      { heading: 'Source file', facts: [{ name: 'meta.source', value: 'wire' }] },
    ]);
    expect(documentFacts(undefined)).toEqual([]);
    expect(spanFacts(only(doc.spans), doc.text, doc.metadata)).toEqual([]);
  });

  it('cuts a long value, keeping the start', () => {
    const value = 'x'.repeat(1_000);
    const [group] = documentFacts({ note: value, list: [1, 2] });
    expect(group?.facts[0]?.value).toHaveLength(240);
    expect(group?.facts[0]?.value.endsWith('…')).toBe(true);
    expect(group?.facts[1]).toEqual({ name: 'list', value: '[1,2]' });
  });
});
