import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { jsonStyleOf, restyled } from '../../../../src/shared/formats/common';
import { fragmentOf } from '../../../../src/shared/spans';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');

/** Records that came with tokens (Loupe writes tokens into a record that had none). */
const WITH_TOKENS = readdirSync(PRODIGY).filter(
  (name) => name.endsWith('.jsonl') && !name.startsWith('reddit') && !name.startsWith('textcat'),
);

function exported(name: string): { content: string; written: string } {
  const content = readFileSync(join(PRODIGY, name), 'utf8');
  const written = writeSpansJsonl(readSpansJsonl([{ path: name, content }])).files[0]?.content;
  return { content, written: written ?? '' };
}

describe('spans JSONL records written back as their file laid them out', () => {
  it.each(WITH_TOKENS)('writes %s back byte for byte', (name) => {
    // Known answer: the excerpt of the real file itself (explosion/projects, see SOURCES.md):
    // srsly's compact JSON with \uXXXX escapes, rel_component's json.dumps spacing, keys in
    // Prodigy's order, records without spans, relation ends whose token_start is not their span's.
    const { content, written } = exported(name);
    expect(written).toBe(content);
  });

  it('writes no spans into a record that had none, until a span is added, then after its keys', () => {
    const name = 'drugs_eval_lines_91_311.jsonl';
    const { content, written } = exported(name);
    expect(written).toBe(content);
    const read = readSpansJsonl([{ path: name, content }]);
    const [first, second] = read.documents;
    if (!first || !second) throw new Error('two records expected');
    const added = { ...second, spans: [{ label: 'DRUG', fragments: [fragmentOf(0, 2)] }] };
    const out = writeSpansJsonl({ ...read, documents: [first, added] }).files[0]?.content ?? '';
    const [one, two] = out.trim().split('\n');
    expect(one).toBe(content.split('\n')[0]);
    const record = JSON.parse(two ?? '{}') as Record<string, unknown>;
    expect(Object.keys(record)).toEqual([
      'text',
      'meta',
      '_input_hash',
      '_task_hash',
      'tokens',
      'answer',
      'spans',
    ]);
    expect(record.spans).toEqual([
      { start: 0, end: 2, label: 'DRUG', token_start: 0, token_end: 0 },
    ]);
  });

  it('gives a renamed record its name in meta', () => {
    const name = 'drugs_eval_lines_91_311.jsonl';
    const content = readFileSync(join(PRODIGY, name), 'utf8');
    const read = readSpansJsonl([{ path: name, content }]);
    const documents = read.documents.map((d, i) => (i === 0 ? { ...d, name: 'tweet' } : d));
    const out = writeSpansJsonl({ ...read, documents }).files[0]?.content ?? '';
    const [one, two] = out.trim().split('\n');
    expect((JSON.parse(one ?? '{}') as { meta: unknown }).meta).toEqual({
      section: 'opiates',
      name: 'tweet',
    });
    expect(two).toBe(content.trim().split('\n')[1]);
  });
});

describe('jsonStyleOf', () => {
  it("tells Python json.dumps' spacing and ASCII escapes from srsly's compact UTF-8", () => {
    expect(jsonStyleOf('{"text": "caf\\u00e9", "spans": []}\n')).toEqual({
      spaced: true,
      ascii: true,
    });
    expect(jsonStyleOf('{"text":"café","spans":[]}\n')).toEqual({ spaced: false, ascii: false });
    // Nothing past ASCII at all: nothing to escape, so nothing kept.
    expect(jsonStyleOf('{"text":"cafe"}')).toEqual({ spaced: false, ascii: false });
  });
});

describe('restyled', () => {
  it('spaces and escapes as json.dumps does, strings left as they are but for escapes', () => {
    // Python: json.dumps({"a": ["é: x, y", 1], "b": "😩\x7f"}) (ensure_ascii escapes DEL too).
    const compact = JSON.stringify({ a: ['é: x, y', 1], b: '😩\u007f' });
    expect(restyled(compact, { spaced: true, ascii: true })).toBe(
      '{"a": ["\\u00e9: x, y", 1], "b": "\\ud83d\\ude29\\u007f"}',
    );
    expect(restyled('{"q":"\\"a,b\\":"}', { spaced: true })).toBe('{"q": "\\"a,b\\":"}');
  });
});
