import { describe, expect, it } from 'vitest';
import type { AveragedPerceptron } from '../../../src/shared/suggest';
import { BioTags, fitTemperature, reliability } from '../../../src/shared/suggest';
import { tinyPerceptron } from './tinyPerceptron';

/** A perceptron trained a few steps on two tiny sentences, over the features given. */
function tinyModel() {
  return tinyPerceptron(new BioTags(['PER']), [
    [1, 2, 0],
    [0, 0, 1],
  ]);
}

/** P(span) by enumerating all 27 tag sequences of a 3-token sentence: an answer forward-backward must match. */
function bruteForce(
  p: AveragedPerceptron,
  ids: ReturnType<AveragedPerceptron['lookup']>,
  first: number,
  last: number,
  temperature: number,
): number {
  let z = 0;
  let inSpan = 0;
  for (let code = 0; code < 27; code++) {
    const seq = [code % 3, Math.floor(code / 3) % 3, Math.floor(code / 9)];
    const weight = Math.exp(p.sequenceScore(ids, seq) / temperature);
    z += weight;
    const spelled = seq.every((y, t) => {
      if (t === first) return y === 1;
      if (t > first && t <= last) return y === 2;
      if (t === last + 1) return y !== 2;
      return true;
    });
    if (spelled) inSpan += weight;
  }
  return inSpan / z;
}

describe('span probabilities', () => {
  it('equal the sum over every tagging that spells the span, at any temperature', () => {
    const { p, ids } = tinyModel();
    for (const temperature of [0.5, 1, 4]) {
      for (const [first, last] of [
        [0, 0],
        [0, 1],
        [1, 2],
        [2, 2],
      ] as const) {
        const [got] = p.spanProbabilities(ids, [{ first, last, begin: 1 }], [temperature]);
        expect(got?.[0]).toBeCloseTo(bruteForce(p, ids, first, last, temperature), 12);
      }
    }
  });
});

describe('fitTemperature', () => {
  it('keeps the temperature with the lowest log-loss', () => {
    // Right spans at 0.9 and 0.6, a wrong one at 0.99 (sharp) or 0.5 (soft):
    // sharp: −ln 0.9 − ln 0.6 − ln 0.01 = 5.22; soft: −ln 0.7 − ln 0.55 − ln 0.5 = 1.65.
    const spans = [
      { probabilities: [0.9, 0.7], right: true },
      { probabilities: [0.6, 0.55], right: true },
      { probabilities: [0.99, 0.5], right: false },
    ];
    expect(fitTemperature(spans, [1, 8])).toBe(8);
    expect(fitTemperature(spans.slice(0, 2), [1, 8])).toBe(1);
    expect(fitTemperature([], [1, 8])).toBe(4);
  });
});

describe('reliability', () => {
  it('bins spans by confidence and weighs the gap to precision by spans', () => {
    const r = reliability(
      [
        { confidence: 0.95, right: true },
        { confidence: 0.85, right: true },
        { confidence: 0.85, right: false },
        { confidence: 0.15, right: false },
      ],
      10,
    );
    expect(r.bins[9]).toMatchObject({ spans: 1, precision: 1 });
    expect(r.bins[8]).toMatchObject({ spans: 2, precision: 0.5 });
    expect(r.bins[8]?.meanConfidence).toBeCloseTo(0.85, 12);
    expect(r.bins[1]).toMatchObject({ spans: 1, precision: 0 });
    expect(r.bins[0]).toMatchObject({ spans: 0, precision: null });
    // (|0.95 − 1| + |1.7 − 1| + |0.15 − 0|) / 4 = 0.225
    expect(r.expectedCalibrationError).toBeCloseTo(0.225, 12);
  });
});
