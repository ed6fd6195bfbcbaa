import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { filedRelations } from '../../../../src/shared/formats/spansJsonl/filedRelations';
import { jsonLines } from './build';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');
const NAME = 'rel_component_annotations_lines_61_104.jsonl';

type Json = Record<string, unknown>;

const records = jsonLines;

describe('filedRelations', () => {
  it("keeps the relations whose ends' token_start is not their span's, and those alone", () => {
    // explosion/projects rel_component annotations.jsonl line 61: "TGF-beta" is tokens 0-2,
    // the relation's head_span says token_start 2 (known answer: the file, read by python).
    const [record] = records(readFileSync(join(PRODIGY, NAME), 'utf8'));
    const relations = record?.relations as Json[];
    const filed = filedRelations(relations, record?.spans);
    expect(filed).toEqual([relations[0]]);
    expect((relations[0]?.head_span as Json).token_start).toBe(2);
  });

  it('keeps no relation Loupe writes alike for its members named constructor, __proto__, toString', () => {
    const spans = [
      { start: 0, end: 3, token_start: 0, token_end: 0, label: 'A' },
      { start: 4, end: 7, token_start: 1, token_end: 1, label: 'B' },
    ];
    const ends =
      '"head":0,"child":1,"head_span":{"start":0,"end":3,"token_start":0,"token_end":0,"label":"A"},"child_span":{"start":4,"end":7,"token_start":1,"token_end":1,"label":"B"}';
    const relations = [
      JSON.parse(`{${ends},"constructor":1,"__proto__":2,"toString":3,"label":"R"}`),
    ];
    expect(filedRelations(relations, spans)).toEqual([]);
  });

  it("writes a relation Loupe's way once its span is edited", () => {
    const content = readFileSync(join(PRODIGY, NAME), 'utf8');
    const read = readSpansJsonl([{ path: NAME, content }]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    // The head span "TGF-beta" relabelled: the relation is no longer the one the file had.
    const spans = doc.spans.map((s) =>
      s.fragments[0]?.start === 0 ? { ...s, label: 'Protein' } : s,
    );
    const out = writeSpansJsonl({ ...read, documents: [{ ...doc, spans }] }).files[0]?.content;
    const [back] = records(out ?? '');
    const [first] = back?.relations as Json[];
    expect(first?.head_span).toEqual({
      start: 0,
      end: 8,
      token_start: 0,
      token_end: 2,
      label: 'Protein',
    });
  });
});
