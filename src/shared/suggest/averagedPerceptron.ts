import type { TagScheme } from './bioTags';
import { itemAt } from '../collections';

/** Feature ids of every token of one sentence. */
export type SentenceIds = readonly Int32Array[];

/**
 * A first-order linear-chain averaged perceptron (Collins 2002) over a tag scheme (BIO or
 * BILOU): emission weights per (feature, tag), transition weights per (previous tag, tag),
 * Viterbi decoding under the scheme's constraints, averaged with the lazy trick (w − u / c). Features are interned
 * in a Map while training; unseen features are ignored when tagging.
 * @example const p = new AveragedPerceptron(tags); const ids = p.intern(features); p.allocate(); p.learn(ids, gold); p.average(); p.decode(ids)
 */
export class AveragedPerceptron {
  private weights = new Float64Array(0);
  private sums = new Float64Array(0);
  private readonly transitions: Float64Array;
  private readonly transitionSums: Float64Array;
  private clock = 1;
  private readonly n: number;

  constructor(
    readonly tags: TagScheme,
    private readonly features = new Map<string, number>(),
  ) {
    this.n = tags.size;
    this.transitions = new Float64Array((this.n + 1) * this.n);
    this.transitionSums = new Float64Array((this.n + 1) * this.n);
  }

  get featureCount(): number {
    return this.features.size;
  }

  /** Feature ids of a sentence, adding new features (training). */
  intern(sentence: readonly (readonly string[])[]): SentenceIds {
    return sentence.map((fs) => {
      const ids = new Int32Array(fs.length);
      fs.forEach((f, k) => {
        let id = this.features.get(f);
        if (id === undefined) {
          id = this.features.size;
          this.features.set(f, id);
        }
        ids[k] = id;
      });
      return ids;
    });
  }

  /** Feature ids of a sentence, known features only (tagging). */
  lookup(sentence: readonly (readonly string[])[]): SentenceIds {
    return sentence.map((fs) => {
      const ids: number[] = [];
      for (const f of fs) {
        const id = this.features.get(f);
        if (id !== undefined) ids.push(id);
      }
      return Int32Array.from(ids);
    });
  }

  /** A fresh model over the same interned features (for {@link blend}), its weights allocated. */
  sibling(): AveragedPerceptron {
    const other = new AveragedPerceptron(this.tags, this.features);
    other.allocate();
    return other;
  }

  /** Sizes the weights for every interned feature; call once, after interning the training data. */
  allocate(): void {
    this.weights = new Float64Array(this.features.size * this.n);
    this.sums = new Float64Array(this.features.size * this.n);
  }

  /** One perceptron step on one sentence: decode, and where it differs from gold, update. */
  learn(ids: SentenceIds, gold: ArrayLike<number>): boolean {
    const predicted = this.decode(ids);
    let wrong = false;
    for (let t = 0; t < ids.length; t++) {
      const g = gold[t] ?? 0;
      const p = predicted[t] ?? 0;
      const gp = t === 0 ? this.n : (gold[t - 1] ?? 0);
      const pp = t === 0 ? this.n : (predicted[t - 1] ?? 0);
      if (g !== p) {
        wrong = true;
        for (const id of ids[t] ?? []) {
          this.bump(this.weights, this.sums, id * this.n + g, 1);
          this.bump(this.weights, this.sums, id * this.n + p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        this.bump(this.transitions, this.transitionSums, gp * this.n + g, 1);
        this.bump(this.transitions, this.transitionSums, pp * this.n + p, -1);
      }
    }
    this.clock++;
    return wrong;
  }

  private bump(w: Float64Array, u: Float64Array, at: number, delta: number): void {
    w[at] = (w[at] ?? 0) + delta;
    u[at] = (u[at] ?? 0) + this.clock * delta;
  }

  /** Replaces the weights by their average over every step; training ends here. */
  average(): void {
    const c = this.clock;
    for (let i = 0; i < this.weights.length; i++)
      this.weights[i] = (this.weights[i] ?? 0) - (this.sums[i] ?? 0) / c;
    for (let i = 0; i < this.transitions.length; i++)
      this.transitions[i] = (this.transitions[i] ?? 0) - (this.transitionSums[i] ?? 0) / c;
    this.sums = new Float64Array(0);
  }

  /**
   * Averages the (already averaged) weights of models trained on the same interned features
   * in other orders into this one: a vote over shuffles, less dependent on one order.
   */
  blend(others: readonly AveragedPerceptron[]): void {
    const k = others.length + 1;
    for (let i = 0; i < this.weights.length; i++) {
      let sum = this.weights[i] ?? 0;
      for (const o of others) sum += o.weights[i] ?? 0;
      this.weights[i] = sum / k;
    }
    for (let i = 0; i < this.transitions.length; i++) {
      let sum = this.transitions[i] ?? 0;
      for (const o of others) sum += o.transitions[i] ?? 0;
      this.transitions[i] = sum / k;
    }
  }

  /** Emission scores: one row of tag scores per token. */
  private emissions(ids: SentenceIds): Float64Array[] {
    return ids.map((tokenIds) => {
      const row = new Float64Array(this.n);
      for (const id of tokenIds) {
        const base = id * this.n;
        for (let y = 0; y < this.n; y++) row[y] = (row[y] ?? 0) + (this.weights[base + y] ?? 0);
      }
      return row;
    });
  }

  private transition(previous: number, next: number): number {
    if (!this.tags.allowed(previous === this.n ? -1 : previous, next)) return -Infinity;
    return this.transitions[previous * this.n + next] ?? 0;
  }

  /** The score of one tag sequence: its emissions and transitions (-Infinity where the scheme forbids it). */
  sequenceScore(ids: SentenceIds, tags: ArrayLike<number>): number {
    const e = this.emissions(ids);
    let score = 0;
    for (let t = 0; t < e.length; t++) {
      const y = tags[t] ?? 0;
      score += this.transition(t === 0 ? this.n : (tags[t - 1] ?? 0), y) + (e[t]?.[y] ?? 0);
    }
    if (e.length > 0 && !this.tags.canEnd(tags[e.length - 1] ?? 0)) return -Infinity;
    return score;
  }

  /** The best tag sequence (Viterbi). */
  decode(ids: SentenceIds): Int32Array {
    const e = this.emissions(ids);
    const len = e.length;
    const out = new Int32Array(len);
    if (len === 0) return out;
    const score = new Float64Array(len * this.n);
    const back = new Int32Array(len * this.n);
    for (let y = 0; y < this.n; y++) score[y] = this.transition(this.n, y) + (e[0]?.[y] ?? 0);
    for (let t = 1; t < len; t++) {
      for (let y = 0; y < this.n; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let x = 0; x < this.n; x++) {
          const s = (score[(t - 1) * this.n + x] ?? -Infinity) + this.transition(x, y);
          if (s > best) [best, arg] = [s, x];
        }
        score[t * this.n + y] = best + (e[t]?.[y] ?? 0);
        back[t * this.n + y] = arg;
      }
    }
    let last = 0;
    for (let y = 1; y < this.n; y++)
      if (
        this.tags.canEnd(y) &&
        (score[(len - 1) * this.n + y] ?? 0) > (score[(len - 1) * this.n + last] ?? 0)
      )
        last = y;
    out[len - 1] = last;
    for (let t = len - 1; t > 0; t--) out[t - 1] = back[t * this.n + (out[t] ?? 0)] ?? 0;
    return out;
  }

  /** Forward-backward over the scores read as log-potentials divided by `temperature`. */
  private forwardBackward(e0: readonly Float64Array[], temperature: number): Lattice {
    const e = e0.map((row) => row.map((v) => v / temperature));
    const len = e.length;
    const n = this.n;
    const trans = (x: number, y: number): number => this.transition(x, y) / temperature;
    const alpha = e.map(() => new Float64Array(n));
    const beta = e.map(() => new Float64Array(n));
    const end = (y: number): number => (this.tags.canEnd(y) ? 0 : -Infinity);
    for (let y = 0; y < n; y++) if (len > 0) itemAt(beta, len - 1)[y] = end(y);
    for (let y = 0; y < n; y++) itemAt(alpha, 0)[y] = trans(n, y) + (e[0]?.[y] ?? 0);
    const terms = new Array<number>(n);
    for (let t = 1; t < len; t++) {
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) terms[x] = (alpha[t - 1]?.[x] ?? 0) + trans(x, y);
        itemAt(alpha, t)[y] = logSumExp(terms) + (e[t]?.[y] ?? 0);
      }
    }
    for (let t = len - 2; t >= 0; t--) {
      for (let x = 0; x < n; x++) {
        for (let y = 0; y < n; y++)
          terms[y] = trans(x, y) + (e[t + 1]?.[y] ?? 0) + (beta[t + 1]?.[y] ?? 0);
        itemAt(beta, t)[x] = logSumExp(terms);
      }
    }
    const z = len === 0 ? 0 : logSumExp([...(alpha[len - 1] ?? [])].map((a, y) => a + end(y)));
    return { e, alpha, beta, z, trans };
  }

  /**
   * Per-token tag probabilities: forward-backward over the scores read as log-potentials
   * (divided by `temperature`).
   */
  marginals(ids: SentenceIds, temperature = 1): Float64Array[] {
    const { alpha, beta, z } = this.forwardBackward(this.emissions(ids), temperature);
    return alpha.map((a, t) => a.map((v, y) => Math.exp(v + (beta[t]?.[y] ?? 0) - z)));
  }

  /**
   * The probability of each span, exactly (its B tag, its I tags, and no I of its label right
   * after it), summed over every tagging of the sentence by forward-backward, once per
   * temperature: `result[span][k]` at `temperatures[k]`.
   */
  spanProbabilities(
    ids: SentenceIds,
    spans: readonly { readonly first: number; readonly last: number; readonly begin: number }[],
    temperatures: readonly number[],
  ): Float64Array[] {
    const out = spans.map(() => new Float64Array(temperatures.length));
    if (spans.length === 0) return out;
    const raw = this.emissions(ids);
    temperatures.forEach((temperature, k) => {
      const { e, alpha, beta, z, trans } = this.forwardBackward(raw, temperature);
      spans.forEach((span, s) => {
        const path = this.tags.spanPath(span.begin, span.last - span.first + 1);
        const label = this.tags.labelOf(span.begin);
        let log = alpha[span.first]?.[path[0] ?? 0] ?? -Infinity;
        for (let t = span.first + 1; t <= span.last; t++) {
          const y = path[t - span.first] ?? 0;
          log += trans(path[t - span.first - 1] ?? 0, y) + (e[t]?.[y] ?? 0);
        }
        const at = path[path.length - 1] ?? 0;
        const next = span.last + 1;
        if (next < e.length) {
          // The span ends here: the next token does not continue it.
          const terms: number[] = [];
          for (let y = 0; y < this.n; y++)
            if (!(this.tags.continues(y) && this.tags.labelOf(y) === label))
              terms.push(trans(at, y) + (e[next]?.[y] ?? 0) + (beta[next]?.[y] ?? 0));
          log += logSumExp(terms);
        } else log += beta[span.last]?.[at] ?? 0;
        (out[s] as Float64Array)[k] = Math.min(1, Math.exp(log - z));
      });
    });
    return out;
  }
}

/** A sentence's forward-backward lattice (log space) at one temperature. */
interface Lattice {
  readonly e: Float64Array[];
  readonly alpha: Float64Array[];
  readonly beta: Float64Array[];
  readonly z: number;
  readonly trans: (x: number, y: number) => number;
}

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
