/** A span the learner proposed on held-out text: its probability at each candidate temperature, and whether it was right. */
export interface HeldOutSpan {
  readonly probabilities: ArrayLike<number>;
  readonly right: boolean;
}

/** Temperatures tried when fitting: the perceptron's scores are sums of ±1 steps, so softer than 1 is the rule. */
export const TEMPERATURES: readonly number[] = [
  0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64,
];

/** The temperature used when there is nothing to fit on (too few documents, or no span proposed). */
export const DEFAULT_TEMPERATURE = 4;

const EPSILON = 1e-6;

/**
 * Temperature scaling (Guo et al. 2017): of the candidate temperatures, the one whose span
 * probabilities have the lowest log-loss against whether held-out spans were right.
 * @example fitTemperature([{ probabilities: [0.99, 0.8], right: false }]) → 8 (the softer one)
 */
export function fitTemperature(
  spans: readonly HeldOutSpan[],
  temperatures: readonly number[] = TEMPERATURES,
): number {
  if (spans.length === 0) return DEFAULT_TEMPERATURE;
  let best = DEFAULT_TEMPERATURE;
  let bestLoss = Infinity;
  temperatures.forEach((temperature, k) => {
    let loss = 0;
    for (const span of spans) {
      const p = Math.min(1 - EPSILON, Math.max(EPSILON, span.probabilities[k] ?? 0));
      loss -= Math.log(span.right ? p : 1 - p);
    }
    if (loss < bestLoss) [best, bestLoss] = [temperature, loss];
  });
  return best;
}

/** One bin of a reliability diagram: spans whose confidence fell in [from, to). */
export interface ReliabilityBin {
  readonly from: number;
  readonly to: number;
  readonly spans: number;
  readonly meanConfidence: number | null;
  /** The share of the bin's spans that were right (observed precision). */
  readonly precision: number | null;
}

/** A reliability diagram and its expected calibration error (mean |confidence − precision|, weighted by spans). */
export interface Reliability {
  readonly bins: readonly ReliabilityBin[];
  readonly expectedCalibrationError: number | null;
  readonly spans: number;
}

/**
 * Bins proposed spans by confidence and compares each bin's mean confidence with the share
 * that was right: a calibrated learner's 0.8 is right 80% of the time.
 * @example reliability([{ confidence: 0.9, right: true }], 10).bins[9] → { spans: 1, precision: 1, … }
 */
export function reliability(
  spans: readonly { readonly confidence: number; readonly right: boolean }[],
  binCount = 10,
): Reliability {
  const sums = Array.from({ length: binCount }, () => ({ n: 0, confidence: 0, right: 0 }));
  for (const s of spans) {
    const bin = sums[Math.min(binCount - 1, Math.floor(s.confidence * binCount))];
    if (!bin) continue;
    bin.n++;
    bin.confidence += s.confidence;
    bin.right += s.right ? 1 : 0;
  }
  let error = 0;
  const bins = sums.map((b, i) => {
    if (b.n > 0) error += Math.abs(b.confidence - b.right);
    return {
      from: i / binCount,
      to: (i + 1) / binCount,
      spans: b.n,
      meanConfidence: b.n > 0 ? b.confidence / b.n : null,
      precision: b.n > 0 ? b.right / b.n : null,
    };
  });
  return {
    bins,
    expectedCalibrationError: spans.length > 0 ? error / spans.length : null,
    spans: spans.length,
  };
}
