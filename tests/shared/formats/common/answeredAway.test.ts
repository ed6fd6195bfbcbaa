import { describe, expect, it } from 'vitest';
import { answeredAway, skippedInProdigy, type FormatSpan } from '../../../../src/shared/formats';
import { codePoints } from '../../../../src/shared/spans';

describe('skippedInProdigy', () => {
  const record = (answer: string, view: string, spans = 0) => ({
    spans: Array.from({ length: spans }, (): FormatSpan => ({
      label: 'ORG',
      fragments: [{ start: codePoints(0), end: codePoints(1) }],
    })),
    metadata: { answer, _view_id: view },
  });

  it("sets aside a manual task answered ignore or reject, as Prodigy's review does", () => {
    expect(skippedInProdigy(record('ignore', 'ner_manual'))).toBe(true);
    expect(skippedInProdigy(record('reject', 'ner_manual'))).toBe(true);
    expect(skippedInProdigy(record('reject', 'spans_manual'))).toBe(true);
  });

  it('keeps a rejected binary decision (ner.teach) in: it is an answer about the suggestion', () => {
    expect(answeredAway(record('reject', 'ner'))).toBe(true);
    expect(skippedInProdigy(record('reject', 'ner'))).toBe(false);
    expect(skippedInProdigy(record('ignore', 'ner'))).toBe(true);
  });

  it('keeps a task annotated in Loupe since, or accepted, in', () => {
    expect(skippedInProdigy(record('reject', 'ner_manual', 1))).toBe(false);
    expect(skippedInProdigy(record('accept', 'ner_manual'))).toBe(false);
  });
});
