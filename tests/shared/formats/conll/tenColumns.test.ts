import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { bundle, cp, file, span, tsv } from '../build';

// CoNLL-U's ten columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), in our own words,
// MISC holding a bare name tag alone on every word (`B-PER`, `O`), # lines before each sentence.
const SOURCE = [
  '# sent_id = 1',
  '# text = Kari Nordmann spoke',
  tsv(1, 'Kari', 'Kari', 'PROPN', '_', '_', 3, 'nsubj', '_', 'B-PER'),
  tsv(2, 'Nordmann', 'Nordmann', 'PROPN', '_', '_', 1, 'flat', '_', 'I-PER'),
  tsv(3, 'spoke', 'speak', 'VERB', '_', 'Tense=Past', 0, 'root', '_', 'O'),
  '',
  '# sent_id = 2',
  '# text = in Oslo',
  tsv(1, 'in', 'in', 'ADP', '_', '_', 2, 'case', '_', 'O'),
  tsv(2, 'Oslo', 'Oslo', 'PROPN', '_', '_', 0, 'root', '_', 'B-GPE'),
  '',
  '',
].join('\n');

function read(content: string): FormatBundle {
  return readConll([file('ten.conll', content)]);
}

function labelled(b: FormatBundle): string[] {
  return (b.documents[0]?.spans ?? []).map((s) => `${s.label} ${s.fragments[0]?.start}`);
}

describe('a ten-column file of CoNLL-U’s shape whose MISC holds a name tag alone', () => {
  it('reads the tags as CoNLL’s last column and writes the file back byte for byte: # lines, columns in their order', () => {
    const b = read(SOURCE);
    expect(b.documents[0]?.text).toBe('Kari Nordmann spoke\nin Oslo');
    expect(labelled(b)).toEqual(['PER 0', 'GPE 23']);
    const written = writeConll(b);
    expect(written.files[0]?.content).toBe(SOURCE);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('loses nothing when a span is added: every column and # line kept, the tag in MISC', () => {
    const [doc] = read(SOURCE).documents;
    if (!doc) throw new Error('nothing read');
    const at = cp(doc.text, 'spoke');
    const written = writeConll(bundle({ ...doc, spans: [...doc.spans, span(at, at + 5, 'ACT')] }));
    const content = written.files[0]?.content ?? '';
    expect(content).toBe(SOURCE.replace('root\t_\tO', 'root\t_\tB-ACT'));
    expect(labelled(read(content))).toEqual(['PER 0', 'ACT 14', 'GPE 23']);
  });
});
