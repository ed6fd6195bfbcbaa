import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readBrat,
  readConll,
  readDoccano,
  readHuggingFace,
  readSpacyDocBin,
  readSpacyJson,
  readLabelStudio,
  readBioc,
  readPubtator,
  readStanceTsv,
  readWebanno,
} from '../../../src/shared/formats';
import { documentFacts, spanFacts } from '../../../src/shared/formats/sourceFacts';
import { fragmentOf } from '../../../src/shared/spans/fragment';
import { file, jsonl, lines, tsv } from './build';
import { pretty, region, task } from './labelStudio/build';

/** The one document a read gave, or a failure naming what came instead. */
function only<T>(documents: readonly T[]): T {
  expect(documents).toHaveLength(1);
  return documents[0] as T;
}

describe('what an import kept, as the app shows it', () => {
  it("shows a stance table row's target as written and its other cells, in the file's order", () => {
    const table = lines(
      tsv('ID', 'Target', 'Tweet', 'Stance', 'Opinion towards', 'Sentiment'),
      tsv(202, 'Atheism', 'Sunday service was lovely #SemST', 'AGAINST', 'OTHER', 'POSITIVE'),
    );
    const doc = only(readStanceTsv([file('t.txt', table)]).documents);
    expect(documentFacts(doc.metadata)).toEqual([
      {
        heading: 'Stance table row',
        facts: [
          { name: 'Target', value: 'Atheism' },
          { name: 'ID', value: '202' },
          { name: 'Opinion towards', value: 'OTHER' },
          { name: 'Sentiment', value: 'POSITIVE' },
        ],
      },
    ]);
  });

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

  it("shows each fragment's tokens for a span in two pieces, in a later sentence", () => {
    const conll = lines(
      'EU NNP B-NP I-ORG',
      'rejects VBZ B-VP O',
      '',
      'Peter NNP B-NP I-PER',
      'and CC O O',
      'Paul NNP B-NP I-PER',
      'Blackburn NNP I-NP I-PER',
    );
    const doc = only(readConll([file('news.conll', conll)], {}).documents);
    // "Peter … Blackburn": the text is "EU rejects\nPeter and Paul Blackburn".
    const span = { fragments: [fragmentOf(11, 16), fragmentOf(26, 35)] };
    expect(doc.text.slice(11, 16) + doc.text.slice(26, 35)).toBe('PeterBlackburn');
    expect(spanFacts(span, doc.text, doc.metadata)).toEqual([
      {
        heading: 'CoNLL columns',
        facts: [
          { name: 'Peter', value: 'NNP B-NP' },
          { name: 'Blackburn', value: 'NNP I-NP' },
        ],
      },
    ]);
    // The same text with one token fewer no longer lines up with the kept columns: nothing shown.
    const shorter = doc.text.replace(' and', '');
    expect(spanFacts({ fragments: [fragmentOf(11, 16)] }, shorter, doc.metadata)).toEqual([]);
  });

  it('shows at most 50 tokens of a long span', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `w${i} NN ${i === 0 ? 'B' : 'I'}-MISC`);
    const doc = only(readConll([file('long.conll', lines(...rows))], {}).documents);
    const [group] = spanFacts(only(doc.spans), doc.text, doc.metadata);
    expect(group?.facts).toHaveLength(50);
    expect(group?.facts[49]).toEqual({ name: 'w49', value: 'NN' });
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
    // Where the task goes back to.
    expect(facts[1]).toEqual({
      heading: 'Kept to write back',
      facts: [
        {
          name: 'Label Studio',
          value: 'task 1 of ls.json · fields of 1 region (shown on its span)',
        },
      ],
    });
  });

  it("shows doccano's meta as the file had it, and nothing for a document made in Loupe", () => {
    const record = { text: 'Mike left', label: [[0, 4, 'PER']], meta: { source: 'wire' } };
    const doc = only(readDoccano([file('d.jsonl', jsonl(record))]).documents);
    expect(documentFacts(doc.metadata)).toEqual([
      { heading: 'Source file', facts: [{ name: 'meta.source', value: 'wire' }] },
      {
        heading: 'Kept to write back',
        facts: [{ name: 'doccano', value: 'record 1 of d.jsonl (JSON Lines)' }],
      },
    ]);
    expect(documentFacts(undefined)).toEqual([]);
    expect(spanFacts(only(doc.spans), doc.text, doc.metadata)).toEqual([]);
  });

  it('sums up the shape a doccano record or fastText line had, and shows none of it as a field of the file', () => {
    const record = {
      text: 'Mike left',
      entities: [{ id: 7, start_offset: 0, end_offset: 4, label: 'PER' }],
      relations: [],
    };
    const doc = only(readDoccano([file('d.jsonl', jsonl(record))]).documents);
    expect(documentFacts(doc.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [{ name: 'doccano', value: 'record 1 of d.jsonl (JSON Lines)' }],
      },
    ]);
    const lines = '__label__a Fine.\n__label__b Bad.\n';
    const second = readDoccano([file('cats.txt', lines)]).documents[1];
    expect(documentFacts(second?.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [{ name: 'doccano', value: 'line 2 of cats.txt (fastText)' }],
      },
    ]);
    const array = `[${jsonl({ text: 'Fine.', label: ['a'] }).trim()}, ${jsonl(record).trim()}]`;
    const filed = readDoccano([file('all.json', array)]).documents[1];
    expect(documentFacts(filed?.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [{ name: 'doccano', value: 'record 2 of all.json (JSON array)' }],
      },
    ]);
  });

  it("sums up a spaCy DocBin document's kept tokens and columns, and shows none of them as a field of the file", () => {
    // Made by spaCy 3.8 (tests/fixtures/spacy-docbin): 8 tokens in its first document, 13 attribute
    // columns of which ORTH, ENT_IOB and ENT_TYPE are read, the span group `sc`.
    const binary = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../fixtures/spacy-docbin/small.spacy')),
    );
    const doc = readSpacyDocBin([{ path: 'small.spacy', content: '', binary }]).documents[0];
    expect(documentFacts(doc?.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [
          { name: 'spaCy DocBin', value: '8 tokens, 10 other attribute columns, span groups sc' },
        ],
      },
    ]);
  });

  it('sums up what a WebAnno TSV import kept, and shows none of it as a field of the file', () => {
    // INCEpTION's testSimpleSlotFeature (tests/fixtures/webanno): 2 layers, a slot's 2 cells.
    const content = readFileSync(
      join(import.meta.dirname, '../../fixtures/webanno/testSimpleSlotFeature.tsv'),
      'utf8',
    );
    const doc = only(readWebanno([file('slots.tsv', content)]).documents);
    expect(documentFacts(doc.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [
          { name: 'WebAnno TSV', value: 'version 3.3, 2 layers, 2 cells Loupe does not model' },
        ],
      },
    ]);
  });

  it("sums up the Hugging Face records' kept fields, and shows none of them as a field of the file", () => {
    // datasets wrote these (tests/fixtures/huggingface/conll2003): id, pos_tags, chunk_tags beside tokens and ner_tags.
    const load = (name: string) =>
      file(
        name,
        readFileSync(
          join(import.meta.dirname, '../../fixtures/huggingface/conll2003', name),
          'utf8',
        ),
      );
    const read = readHuggingFace([load('dataset_info.json'), load('train.jsonl')]);
    expect(documentFacts(read.documents[0]?.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [{ name: 'Hugging Face', value: '1 record, fields id, pos_tags, chunk_tags' }],
      },
    ]);
  });

  it("sums up a spaCy JSON paragraph's kept token fields, and shows none of them as a field of the file", () => {
    // spaCy's own example (tests/fixtures/spacy-json/training-data.json): 54 tokens with id, tag, head, dep; brackets.
    const content = readFileSync(
      join(import.meta.dirname, '../../fixtures/spacy-json/training-data.json'),
      'utf8',
    );
    const read = readSpacyJson([file('training-data.json', content)]);
    expect(documentFacts(read.documents[0]?.metadata)).toEqual([
      {
        heading: 'Kept to write back',
        facts: [
          {
            name: 'spaCy JSON',
            value: 'document 42, paragraph 0: 54 tokens with head, dep, tag, id; brackets',
          },
        ],
      },
    ]);
  });

  it("shows a PubTator document's relation lines one by one and sums up what its import kept", () => {
    // BioRED's first development document (tests/fixtures/pubtator): 12 relation lines, the first two below.
    const content = readFileSync(
      join(import.meta.dirname, '../../fixtures/pubtator/BioRED_sample.PubTator'),
      'utf8',
    );
    const doc = only(readPubtator([file('BioRED_sample.PubTator', content)]).documents);
    const [relations, kept] = documentFacts(doc.metadata);
    expect(relations?.heading).toBe('PubTator relations');
    expect(relations?.facts).toHaveLength(12);
    expect(relations?.facts.slice(0, 2)).toEqual([
      { name: 'Positive_Correlation', value: 'c|DEL|1314_1328| and D003409 (Novel)' },
      { name: 'Association', value: 'D050033 and D007454 (No)' },
    ]);
    expect(kept).toEqual({
      heading: 'Kept to write back',
      facts: [
        { name: 'PubTator', value: 'PMID 14510914 from BioRED_sample.PubTator, 12 relation lines' },
      ],
    });
    const span = doc.spans[0];
    expect(span && spanFacts(span, doc.text, doc.metadata)).toEqual([
      { heading: 'References', facts: [{ name: 'PubTator:D003409', value: '' }] },
    ]);
  });

  it("sums up what a BioC import kept: the document's place in its file, its offsets' unit, the relations not shown", () => {
    // BC5CDR's excerpt (tests/fixtures/bioc): document 2224762, the second, holds 7 CID relations of concept ids.
    const content = readFileSync(
      join(import.meta.dirname, '../../fixtures/bioc/CDR_sample.BioC.xml'),
      'utf8',
    );
    const docs = readBioc([file('CDR_sample.BioC.xml', content)]).documents;
    expect(docs.map((d) => documentFacts(d.metadata))[1]).toEqual([
      {
        heading: 'Kept to write back',
        facts: [
          {
            name: 'BioC',
            value:
              'document 2 of CDR_sample.BioC.xml, offsets in characters (code points), 7 relations Loupe does not show',
          },
        ],
      },
    ]);
  });

  it('counts the BioC annotations it keeps without showing them (no place in the text)', () => {
    const xml = `<collection><source/><date/><key/><document><id>d</id><annotation id="D1"><infon key="type">Topic</infon></annotation><passage><offset>0</offset><text>Aspirin helps.</text><annotation id="T1"><infon key="type">Chemical</infon><location offset="0" length="7"/></annotation><relation id="R1"><infon key="type">about</infon><node refid="T1"/><node refid="D1"/></relation></passage></document></collection>`;
    const [doc] = readBioc([file('points.xml', xml)]).documents;
    expect(documentFacts(doc?.metadata)[0]?.facts[0]?.value).toBe(
      'document 1 of points.xml, offsets in characters (code points), 1 annotation and 1 relation Loupe does not show',
    );
  });

  it('cuts a long value, keeping the start', () => {
    const value = 'x'.repeat(1_000);
    const [group] = documentFacts({ note: value, list: [1, 2] });
    expect(group?.facts[0]?.value).toHaveLength(240);
    expect(group?.facts[0]?.value.endsWith('…')).toBe(true);
    expect(group?.facts[1]).toEqual({ name: 'list', value: '[1,2]' });
  });
});
