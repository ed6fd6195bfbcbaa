import { describe, expect, it } from 'vitest';
import { writeConll } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, lines, span, tsv } from '../build';

// Mike=0..4 Pompeo=5..11 visited=12..19 Iraq=20..24 .=24 The=26..29 US=30..32 rejected=33..41 it=42..44 .=44
const TEXT = 'Mike Pompeo visited Iraq. The US rejected it.';

function conllOf(...docs: Parameters<typeof bundle>) {
  const written = writeConll(bundle(...docs));
  return { content: written.files[0]?.content, summary: written.summary };
}

describe('writeConll', () => {
  it('writes a two-sentence text as token TAB IOB2 tag with a blank line after each sentence', () => {
    const { content, summary } = conllOf(
      doc(TEXT, { spans: [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')] }),
    );
    expect(content).toBe(
      lines(
        tsv('Mike', 'B-PERSON'),
        tsv('Pompeo', 'I-PERSON'),
        tsv('visited', 'O'),
        tsv('Iraq', 'B-GPE'),
        tsv('.', 'O'),
        '',
        tsv('The', 'O'),
        tsv('US', 'B-GPE'),
        tsv('rejected', 'O'),
        tsv('it', 'O'),
        tsv('.', 'O'),
        '',
      ),
    );
    expect(summary).toEqual({ documents: 1, spans: 3, stances: 0, notExpressed: {} });
  });

  it('writes -DOCSTART- and a blank line between documents', () => {
    const { content } = conllOf(doc('One.'), doc('😀 Two'));
    expect(content).toBe(
      lines(
        tsv('One', 'O'),
        tsv('.', 'O'),
        '',
        tsv('-DOCSTART-', 'O'),
        '',
        tsv('😀', 'O'),
        tsv('Two', 'O'),
        '',
      ),
    );
  });

  it('widens spans to whole tokens and counts them', () => {
    const { content, summary } = conllOf(doc('Mike Pompeo', { spans: [span(1, 7, 'PERSON')] }));
    expect(content).toBe(lines(tsv('Mike', 'B-PERSON'), tsv('Pompeo', 'I-PERSON'), ''));
    expect(summary.notExpressed).toEqual({ 'span expanded to token boundaries': 1 });
  });

  it('keeps the longest of overlapping spans, then the earliest, then the first listed, and counts the rest', () => {
    // Mike=0..4 Pompeo=5..11 visited=12..19 Iraq=20..24 today=25..30 at=31..33 noon=34..38
    const spans = [
      span(5, 11, 'SHORT'),
      span(0, 11, 'LONG'),
      span(20, 30, 'LATE'),
      span(12, 24, 'EARLY'),
      span(31, 33, 'FIRST'),
      span(31, 33, 'SECOND'),
    ];
    const { content, summary } = conllOf(doc('Mike Pompeo visited Iraq today at noon', { spans }));
    expect(content).toBe(
      lines(
        tsv('Mike', 'B-LONG'),
        tsv('Pompeo', 'I-LONG'),
        tsv('visited', 'B-EARLY'),
        tsv('Iraq', 'I-EARLY'),
        tsv('today', 'O'),
        tsv('at', 'B-FIRST'),
        tsv('noon', 'O'),
        '',
      ),
    );
    expect(summary.notExpressed).toEqual({
      'overlapping span dropped (kept the longest, then the earliest)': 3,
    });
    expect(summary.spans).toBe(3);
  });

  it('splits a span crossing a sentence boundary and tags discontinuous spans as separate mentions', () => {
    const { content, summary } = conllOf(
      doc(TEXT, { spans: [span(20, 29, 'X'), discontinuous('PERSON', [0, 4], [12, 19])] }),
    );
    expect(content?.split('\n').slice(0, 9)).toEqual([
      'Mike\tB-PERSON',
      'Pompeo\tO',
      'visited\tB-PERSON',
      'Iraq\tB-X',
      '.\tI-X',
      '',
      'The\tB-X',
      'US\tO',
      'rejected\tO',
    ]);
    expect(summary.notExpressed).toEqual({
      'discontinuous span tagged as separate mentions': 1,
      'span crossing a sentence boundary split': 1,
    });
  });

  it('writes a label with whitespace with underscores, and counts what CoNLL cannot hold', () => {
    const { content, summary } = conllOf(
      doc('AP', { spans: [span(0, 2, 'NEWS AGENCY', { note: 'n' })], documentLabels: { a: 'b' } }),
    );
    expect(content).toBe(lines(tsv('AP', 'B-NEWS_AGENCY'), ''));
    expect(summary.notExpressed).toEqual({
      'span note': 1,
      'document label': 1,
      'label with whitespace written with _': 1,
    });
  });
});

describe('writeConll: adjacent spans of one type', () => {
  // IOB2 (Tjong Kim Sang & Veenstra 1999; CoNLL-2003): every chunk starts with B-, so two
  // adjacent GPE mentions are B-GPE B-GPE; B-GPE I-GPE would read back as one mention.
  it('tags "Iraq Iran talks" with two GPE spans as B-GPE B-GPE O', () => {
    const { content } = conllOf(
      doc('Iraq Iran talks', { spans: [span(0, 4, 'GPE'), span(5, 9, 'GPE')] }),
    );
    expect(content).toBe(lines(tsv('Iraq', 'B-GPE'), tsv('Iran', 'B-GPE'), tsv('talks', 'O'), ''));
  });
});
