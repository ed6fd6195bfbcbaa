import { describe, expect, it } from 'vitest';
import { readHuggingFace } from '../../../../src/shared/formats';

/**
 * A split saved by `datasets`' `to_json` after its tag ids were mapped to names in a column
 * of another name, as Neural Magic's SparseML guide does for WNUT 17 (`named_ner_tags`, then
 * `--label_column_name named_ner_tags`), `/` escaped as `\/`. These records are our own words
 * in the same shape.
 */
const RECORDS = [
  '{"id":"0","tokens":["Rain","over","Lake","Geneva","."],"named_ner_tags":["O","O","B-location","I-location","O"]}',
  '{"id":"1","tokens":["See","http:\\/\\/x.org\\/a","by","Acme"],"named_ner_tags":["O","O","O","B-corporation"]}',
].join('\n');

describe('Hugging Face records whose tag column is named otherwise', () => {
  it('reads a list under a key ending in ner_tags as the tags', () => {
    const bundle = readHuggingFace([{ path: 'wnut_17-train.json', content: `${RECORDS}\n` }]);
    const spans = bundle.documents.map((d) =>
      d.spans.map((s) => [s.label, d.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)]),
    );
    expect(spans).toEqual([[['location', 'Lake Geneva']], [['corporation', 'Acme']]]);
    expect(bundle.documents[1]?.text).toContain('http://x.org/a');
  });
});
