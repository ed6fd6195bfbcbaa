import { describe, expect, it } from 'vitest';
import { agreementResultSchema } from '../../../src/shared/agreement/agreementResult';
import { scoresOf } from '../../../src/shared/agreement/scores';

describe('agreementResultSchema', () => {
  const scores = scoresOf({ tp: 1, fp: 0, fn: 1 });
  const spans = {
    overall: scores,
    byLabel: { PER: scores },
    confusion: {
      labels: ['PER', 'none'],
      counts: [
        [1, 1],
        [0, 0],
      ],
    },
  };
  const stances = { units: 0, cohenKappa: null, fleissKappa: null, krippendorffAlpha: null };
  const result = {
    annotators: ['amira', 'omar'],
    match: 'overlap',
    spans,
    stances,
    documents: [{ id: 'd1', f1: scores.f1, unitizingAlpha: 0.5 }],
    pairs: [
      { annotators: ['amira', 'omar'], spans, stances, documents: [{ id: 'd1', f1: scores.f1 }] },
    ],
  };

  it('accepts the JSON shape `loupe agree --json` prints, with nulls for figures that do not apply', () => {
    expect(agreementResultSchema.parse(result)).toEqual(result);
  });

  it('rejects an unknown match mode, a share outside [0, 1] and a single annotator', () => {
    expect(agreementResultSchema.safeParse({ ...result, match: 'fuzzy' }).success).toBe(false);
    const badScores = { ...scores, f1: 1.5 };
    expect(
      agreementResultSchema.safeParse({ ...result, spans: { ...spans, overall: badScores } })
        .success,
    ).toBe(false);
    expect(agreementResultSchema.safeParse({ ...result, annotators: ['amira'] }).success).toBe(
      false,
    );
  });
});
