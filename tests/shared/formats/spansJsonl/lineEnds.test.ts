import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';

// In the shape of explosion/projects tutorials/ner_pytorch_medical/assets/mock_notes.jsonl:
// Prodigy records, no line break after the last one.
const RECORDS = [
  '{"text":"Patient denies chest pain.","meta":{"source":"note 1"},"_input_hash":-1,"_task_hash":2,"spans":[{"start":15,"end":25,"label":"SYMPTOM"}],"answer":"accept"}',
  '{"text":"No fever.","meta":{"source":"note 2"},"_input_hash":3,"_task_hash":4,"spans":[{"start":3,"end":8,"label":"SYMPTOM"}],"answer":"accept"}',
];

function written(bundle: FormatBundle): string {
  return writeSpansJsonl(bundle).files[0]?.content ?? '';
}

const read = (content: string) => readSpansJsonl([{ path: 'notes.jsonl', content }]);

describe('spans JSONL line ends', () => {
  it('writes a file whose last line has no line break back without one, also once edited', () => {
    const open = RECORDS.join('\n');
    expect(written(read(open))).toBe(open);
    const bundle = read(open);
    const documents = bundle.documents.map((d) => ({ ...d, spans: [] }));
    const edited = written({ ...bundle, documents });
    expect(edited.endsWith('}')).toBe(true);
    expect(edited.split('\n')).toHaveLength(2);
  });

  it('writes a CRLF file back with CRLF, with or without a line break at its end', () => {
    const crlf = `${RECORDS.join('\r\n')}\r\n`;
    expect(written(read(crlf))).toBe(crlf);
    expect(written(read(crlf.slice(0, -2)))).toBe(crlf.slice(0, -2));
  });

  it('ends the open record with a line break once a document follows it', () => {
    const bundle = read(RECORDS.join('\n'));
    const first = bundle.documents[0];
    if (!first) throw new Error('no document read');
    const added = { ...first, name: 'added', text: 'Added.', spans: [], metadata: {} };
    const out = written({ ...bundle, documents: [...bundle.documents, added] });
    expect(out.startsWith(`${RECORDS.join('\n')}\n{"text":"Added."`)).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });
});
