import { describe, expect, it } from 'vitest';
import { readHuggingFace, writeHuggingFace } from '../../../../src/shared/formats';
import type { FormatFile } from '../../../../src/shared/formats';
import { recordsOf } from './recordsOf';

/**
 * Published token classification sets hold records without tokens: the NCBI disease corpus as
 * Parquet (924 validation rows) ends with `{"id": "923", "tokens": [], "ner_tags": []}`. These
 * records are in our own words, laid out the same way (string ids, tag ids, label names beside).
 */
const RECORDS: FormatFile = {
  path: 'validation.jsonl',
  content: [
    '{"id":"0","tokens":["Lamps","need","oil","."],"ner_tags":[0,0,0,0]}',
    '{"id":"1","tokens":["Night","blindness","runs","in","families","."],"ner_tags":[1,2,0,0,0,0]}',
    '{"id":"2","tokens":[],"ner_tags":[]}',
    '{"id":"3","tokens":["Dry","eye","again","."],"ner_tags":[1,2,0,0]}',
  ].join('\n'),
};
const NAMES: FormatFile = {
  path: 'label_names.json',
  content: '["O", "B-Disease", "I-Disease"]',
};

describe('Hugging Face records without tokens', () => {
  it('come back as empty records, in their place, with their own id', () => {
    const read = readHuggingFace([NAMES, RECORDS]);
    expect(read.documents.map((d) => d.text)).toEqual([
      'Lamps need oil .',
      'Night blindness runs in families .',
      '',
      'Dry eye again .',
    ]);
    for (const unit of ['sentence', 'document'] as const) {
      const written = writeHuggingFace(read, { labels: ['Disease'], unit });
      const records = recordsOf(written.files);
      expect(records.map((r) => r.id)).toEqual(['0', '1', '2', '3']);
      expect(records[2]).toEqual({ id: '2', tokens: [], ner_tags: [], document: '2' });
      expect(records.map((r) => r.ner_tags)).toEqual([
        [0, 0, 0, 0],
        [1, 2, 0, 0, 0, 0],
        [],
        [1, 2, 0, 0],
      ]);
      expect(written.summary.notExpressed).toEqual({});
    }
  });

  it('read back as the same documents', () => {
    const read = readHuggingFace([NAMES, RECORDS]);
    const written = writeHuggingFace(read, { labels: ['Disease'] });
    const again = readHuggingFace(written.files.filter((f) => f.path !== 'README.md'));
    expect(again.documents.map((d) => [d.name, d.text, d.spans.length])).toEqual(
      read.documents.map((d) => [d.name, d.text, d.spans.length]),
    );
  });
});
