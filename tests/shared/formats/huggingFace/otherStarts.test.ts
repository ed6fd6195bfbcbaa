import { describe, expect, it } from 'vitest';
import { readHuggingFace, writeHuggingFace } from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';
import { span } from '../build';
import { recordsOf } from './recordsOf';

// WNUT 2017 as the Hub's `wnut_17` gives it (IOB2 tag ids) has names opened by I- after O,
// as its CoNLL files do; these records are in our own words, laid out the same way.
const NAMES: FormatFile = {
  path: 'label_names.json',
  content: '["O", "B-person", "I-person", "B-location", "I-location"]',
};
const RECORDS: FormatFile = {
  path: 'test.jsonl',
  content: [
    '{"id":"0","tokens":["Sorry","Jamie","Lee","at","Paris"],"ner_tags":[0,2,2,0,1]}',
    '{"id":"1","tokens":["Lyon","Jo","ok"],"ner_tags":[4,1,0]}',
  ].join('\n'),
};

function tagsOf(b: FormatBundle): unknown[] {
  return recordsOf(writeHuggingFace(b, {}).files).map((r) => r.ner_tags);
}

describe('a Hugging Face name its source opened with I-', () => {
  it('keeps its I- tag id while that reads as the same name', () => {
    const read = readHuggingFace([NAMES, RECORDS]);
    expect(read.documents.flatMap((d) => d.spans.map((s) => s.label))).toEqual([
      'person',
      'person',
      'location',
      'person',
    ]);
    expect(tagsOf(read)).toEqual([
      [0, 2, 2, 0, 1],
      [4, 1, 0],
    ]);
  });

  it('is given B- when a name of its label now comes right before it', () => {
    const read = readHuggingFace([NAMES, RECORDS]);
    const [doc] = read.documents;
    if (!doc) throw new Error('nothing read');
    // "Sorry" labelled person too: I- on "Jamie" would make one name "Sorry Jamie Lee".
    const person = { ...doc, spans: [span(0, 5, 'person'), ...doc.spans] };
    expect(tagsOf({ ...read, documents: [person] })[0]).toEqual([1, 1, 2, 0, 1]);
    // Labelled location instead, the I- stays.
    const place = { ...doc, spans: [span(0, 5, 'location'), ...doc.spans] };
    expect(tagsOf({ ...read, documents: [place] })[0]).toEqual([3, 2, 2, 0, 1]);
  });
});
