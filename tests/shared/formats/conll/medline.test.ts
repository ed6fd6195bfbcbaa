import { describe, expect, it } from 'vitest';
import { detectFormat, readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { file, lines, tsv } from '../build';

/**
 * Hand-made in the shape of the JNLPBA 2004 shared task files (Genia4ERtask2.iob2,
 * Genia4EReval2.iob2; GENIA 3.02, CC BY 3.0): each abstract opens with `###MEDLINE:<id>`
 * and a blank line, a token and its IOB2 tag per line, tab-separated, a blank line after each
 * sentence. The task's README says the `###MEDLINE:` lines must stay in a file its
 * evaluation script reads, and the training file gives one id twice, as here.
 */
const JNLPBA = lines(
  '###MEDLINE:96088447',
  '',
  tsv('IL-2', 'B-DNA'),
  tsv('gene', 'I-DNA'),
  tsv('expression', 'O'),
  tsv('requires', 'O'),
  tsv('NF-kappa', 'B-protein'),
  tsv('B', 'I-protein'),
  tsv('.', 'O'),
  '',
  tsv('T', 'B-cell_type'),
  tsv('cells', 'I-cell_type'),
  tsv('respond', 'O'),
  '',
  '###MEDLINE:95343554',
  '',
  tsv('Jurkat', 'B-cell_line'),
  tsv('cells', 'I-cell_line'),
  tsv('were', 'O'),
  tsv('used', 'O'),
  '',
  '###MEDLINE:96088447',
  '',
  tsv('c-fos', 'B-DNA'),
  tsv('mRNA', 'B-RNA'),
  '',
);

/** A document's spans as `LABEL covered text`. */
function spansOf(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map((s) => {
    const f = s.fragments[0];
    return `${s.label} ${points.slice(f?.start ?? 0, f?.end ?? 0).join('')}`;
  });
}

describe('JNLPBA / GENIA ###MEDLINE lines', () => {
  it('read as document breaks, each document named after its id', () => {
    const read = readConll([file('Genia4ERtask2.iob2', JNLPBA)]);
    expect(read.documents.map((d) => d.name)).toEqual([
      'MEDLINE-96088447',
      'MEDLINE-95343554',
      'MEDLINE-96088447-2',
    ]);
    expect(read.documents.map((d) => d.text)).toEqual([
      'IL-2 gene expression requires NF-kappa B .\nT cells respond',
      'Jurkat cells were used',
      'c-fos mRNA',
    ]);
    // Counted by hand: 3 + 1 + 2 B- tags.
    expect(read.documents.map(spansOf)).toEqual([
      ['DNA IL-2 gene', 'protein NF-kappa B', 'cell_type T cells'],
      ['cell_line Jurkat cells'],
      ['DNA c-fos', 'RNA mRNA'],
    ]);
    expect(read.documents.every((d) => !JSON.stringify(d.metadata).includes('comments'))).toBe(
      true,
    );
  });

  it('written back where they were, so the file comes back with its own breaks', () => {
    const read = readConll([file('Genia4ERtask2.iob2', JNLPBA)]);
    const written = writeConll(read);
    // The columns are written tab-separated, as the file had them.
    expect(written.files[0]?.content).toBe(JNLPBA);
    expect(written.summary.notExpressed).toEqual({});
    const back = readConll(written.files.map((f) => file('Genia4ERtask2.iob2', f.content)));
    expect(back.documents.map((d) => [d.name, d.text, spansOf(d)])).toEqual(
      read.documents.map((d) => [d.name, d.text, spansOf(d)]),
    );
  });

  it('written back where they were once a document is edited, only its tags changed', () => {
    const read = readConll([file('Genia4ERtask2.iob2', JNLPBA)]);
    // Relabel the first span of each document, as an annotator would.
    const documents = read.documents.map((d) => ({
      ...d,
      spans: d.spans.map((s, i) => (i === 0 ? { ...s, label: 'EDIT' } : s)),
    }));
    const written = writeConll({ ...read, documents });
    const expected = JNLPBA.replace(tsv('IL-2', 'B-DNA'), tsv('IL-2', 'B-EDIT'))
      .replace(tsv('gene', 'I-DNA'), tsv('gene', 'I-EDIT'))
      .replace(tsv('Jurkat', 'B-cell_line'), tsv('Jurkat', 'B-EDIT'))
      .replace(tsv('cells', 'I-cell_line'), tsv('cells', 'I-EDIT'))
      .replace(tsv('c-fos', 'B-DNA'), tsv('c-fos', 'B-EDIT'));
    expect(written.files[0]?.content).toBe(expected);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('number the documents before the first; other # lines stay comments', () => {
    const content = lines(
      '# GermEval-style comment',
      tsv('IL-2', 'B-DNA'),
      '',
      '###MEDLINE:1',
      '',
      tsv('gene', 'O'),
      '',
    );
    const read = readConll([file('mixed.iob2', content)]);
    expect(read.documents.map((d) => d.name)).toEqual(['mixed-1', 'MEDLINE-1']);
    expect(JSON.stringify(read.documents[0]?.metadata)).toContain('# GermEval-style comment');
  });

  it('is found by --format auto under JNLPBA’s .iob2 extension', () => {
    expect(detectFormat([file('Genia4ERtask2.iob2', JNLPBA)])).toBe('conll');
  });
});
