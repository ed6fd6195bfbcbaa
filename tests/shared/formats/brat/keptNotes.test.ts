import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import type { FormatBundle, FormatSpan } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';
import { file, lines, tsv } from '../build';

/*
 * `#` notes of another type than AnnotatorNotes, as UD Finnish TDT's brat files hold a `Lemma`
 * on each word (in our own words, as in tests/node/interchange/realBrat.test.ts): Loupe keeps
 * them by the annotation they are on and writes them back under their type.
 */
const TEXT = 'Koirat juoksivat.';
const ANN = lines(
  tsv('T1', 'NOUN 0 6', 'Koirat'),
  tsv('#1', 'Lemma T1', 'koira'),
  tsv('T2', 'VERB 7 16', 'juoksivat'),
  tsv('#2', 'Lemma T2', 'juosta'),
  tsv('R1', 'nsubj Arg1:T2 Arg2:T1'),
  tsv('#3', 'Gloss R1', 'subject'),
);

function edited(change: (spans: readonly FormatSpan[]) => FormatSpan[]): FormatBundle {
  const read = readBrat([file('a.txt', TEXT), file('a.ann', ANN)]);
  const doc = read.documents[0];
  if (!doc) throw new Error('no document');
  return { ...read, documents: [{ ...doc, spans: change(doc.spans) }] };
}

describe('notes of other types kept from a brat file', () => {
  it('follow a span relabelled and moved since, and a relation whose ends were edited', () => {
    const written = writeBrat(
      edited((spans) =>
        spans.map((s) =>
          s.id === 'T1' ? { ...s, label: 'PROPN', fragments: [fragmentOf(0, 5)] } : s,
        ),
      ),
    );
    expect(written.summary.notExpressed).toEqual({});
    expect(written.files.find((f) => f.path === 'a.ann')?.content).toBe(
      ANN.replace(tsv('NOUN 0 6', 'Koirat'), tsv('PROPN 0 5', 'Koira')),
    );
  });

  it('are counted, not dropped unsaid, when the annotation they are on is gone', () => {
    const written = writeBrat(edited((spans) => spans.filter((s) => s.id !== 'T1')));
    // T1 gone: its Lemma, the relation naming it and that relation's Gloss go with it.
    expect(written.summary.notExpressed).toEqual({
      'relation referring to a span that was not written': 1,
      'note kept from a brat file on an annotation that was not written': 2,
    });
    expect(written.files.find((f) => f.path === 'a.ann')?.content).toBe(
      lines(tsv('T2', 'VERB 7 16', 'juoksivat'), tsv('#2', 'Lemma T2', 'juosta')),
    );
  });
});
