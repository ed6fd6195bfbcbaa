import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  readDoccano,
  readSpansJsonl,
  writeSpansJsonl,
} from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';

/** spaCy's text classification training data as explosion/projects publishes it (tests/fixtures/real/SOURCES.md). */
const REAL = join(import.meta.dirname, '../../../fixtures/real/spacy');
const real = (name: string): FormatFile => ({
  path: name,
  content: readFileSync(join(REAL, name), 'utf8'),
});
const COOKING = real('textcat_multilabel_cooking_dev_lines_1-2.jsonl');
const ISSUES = real('textcat_docs_issues_eval_lines_1-3.jsonl');

const written = (bundle: FormatBundle) => String(writeSpansJsonl(bundle).files[0]?.content);

describe("spans JSONL: spaCy's text categories (cats)", () => {
  it('reads each category as a document label holding its score and writes the file back byte for byte', () => {
    expect(detectFormat([COOKING])).toBe('spans-jsonl');
    const bundle = readSpansJsonl([COOKING]);
    // Line 1 scores OTHER and baking 1.0, the nine other labels 0.0; line 2 OTHER alone 1.0.
    const [first, second] = bundle.documents.map((d) => d.documentLabels);
    expect(first).toMatchObject({ OTHER: '1', baking: '1', bread: '0', substitutions: '0' });
    expect(Object.keys(first ?? {})).toHaveLength(11);
    expect(Object.entries(second ?? {}).filter(([, v]) => v === '1')).toEqual([['OTHER', '1']]);
    expect(written(bundle)).toBe(COOKING.content);
    const issues = readSpansJsonl([ISSUES]);
    expect(issues.documents.map((d) => d.documentLabels)).toEqual([
      { DOCUMENTATION: '0', OTHER: '1' },
      { DOCUMENTATION: '1', OTHER: '0' },
      { DOCUMENTATION: '1', OTHER: '0' },
    ]);
    expect(written(issues)).toBe(ISSUES.content);
  });

  it('writes changed scores in the order and form the record came with, new categories after', () => {
    const bundle = readSpansJsonl([ISSUES]);
    const [first, ...rest] = bundle.documents;
    if (!first) throw new Error('no document');
    const changed = { DOCUMENTATION: '1', OTHER: '0', category: 'NEWS' };
    const edited = { ...bundle, documents: [{ ...first, documentLabels: changed }, ...rest] };
    expect(written(edited).split('\n')[0]).toBe(
      '{"text":"Node.js: Produce docs files","cats":{"DOCUMENTATION":1.0,"OTHER":0.0,"NEWS":1.0}}',
    );
    // Integers, booleans and a model's scores stay as they were.
    const content =
      '{"text":"x","cats":{"A":1,"B":0}}\n{"text":"y","cats":{"A":true,"B":false}}\n{"text":"z","cats":{"A":0.73,"B":0.27}}\n';
    const scored = readSpansJsonl([{ path: 'a.jsonl', content }]);
    expect(scored.documents[2]?.documentLabels).toEqual({ A: '0.73', B: '0.27' });
    expect(written(scored)).toBe(content);
  });

  it('writes categories that came from doccano and scores that came from a DocBin alike', () => {
    const doccano = readDoccano([
      {
        path: 'd.jsonl',
        content:
          '{"text":"a","cats":["sport"]}\n{"text":"b","cats":["news","sport"]}\n{"text":"c"}\n',
      },
    ]);
    const lines = written(doccano)
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { cats?: unknown });
    expect(lines.map((l) => l.cats)).toEqual([{ sport: 1 }, { news: 1, sport: 1 }, undefined]);
    expect(writeSpansJsonl(doccano).summary.notExpressed).toEqual({});
    const other = {
      ...doccano,
      documents: doccano.documents.map((d) => ({ ...d, documentLabels: { source: 'wire' } })),
    };
    expect(writeSpansJsonl(other).summary.notExpressed).toEqual({ 'document label': 3 });
  });

  it('tells doccano users where spaCy cats are read', () => {
    expect(() =>
      readDoccano([{ path: 'a.jsonl', content: '{"text":"x","cats":{"A":1}}\n' }]),
    ).toThrow(/pass --format spans-jsonl/);
  });
});
