import type { AveragedPerceptron } from './averagedPerceptron';
import type { CodePointSpan, TokenSpan } from './bioTags';
import { DEFAULT_TEMPERATURE } from './calibration';
import type { Gazetteer } from './gazetteer';
import { sentenceFeatures } from './tokenFeatures';
import { tokenSequences, type TextReader } from './tokenSequence';

/** A proposed span with the model's probability for it (0..1). */
export interface Suggestion extends CodePointSpan {
  readonly confidence: number;
}

/** A proposed span with its probability at each of several temperatures (for fitting one). */
export interface ScoredSpan extends CodePointSpan {
  readonly probabilities: ArrayLike<number>;
}

/**
 * A trained perceptron with the gazetteer it reads: tags a text with Viterbi, adds the
 * gazetteer's reliable matches the perceptron left untagged, and gives every span its
 * probability (forward-backward at the fitted temperature).
 */
export class LabellerModel {
  /** The temperature confidences are read at (fitted on held-out folds after training). */
  temperature = DEFAULT_TEMPERATURE;

  constructor(
    readonly perceptron: AveragedPerceptron,
    private readonly gazetteer: Gazetteer,
    private readonly reader: TextReader,
    /** A gazetteer match the perceptron left untagged is proposed when at least this share of its form's training occurrences were annotated so; null: never. */
    private readonly gazetteerPrecision: number | null,
  ) {}

  predict(text: string): Suggestion[] {
    return this.tag(text, [this.temperature]).map(({ probabilities, ...span }) => ({
      ...span,
      confidence: probabilities[0] ?? 0,
    }));
  }

  /** Spans of a text with their probabilities at each temperature. */
  tag(text: string, temperatures: readonly number[]): ScoredSpan[] {
    const out: ScoredSpan[] = [];
    const tags = this.perceptron.tags;
    for (const tokens of tokenSequences(text, this.reader)) {
      const matches = this.gazetteer.match(tokens);
      const ids = this.perceptron.lookup(sentenceFeatures(tokens, matches));
      const spans = tags.decode(this.perceptron.decode(ids));
      const probabilities = this.perceptron.spanProbabilities(
        ids,
        spans.map((s) => ({ first: s.first, last: s.last, begin: tags.begin(s.label) ?? 0 })),
        temperatures,
      );
      const extent = (s: TokenSpan) => ({
        label: s.label,
        start: tokens[s.first]?.start ?? 0,
        end: tokens[s.last]?.end ?? 0,
      });
      spans.forEach((s, i) => out.push({ ...extent(s), probabilities: probabilities[i] ?? [] }));
      for (const m of this.reliableMatches(tokens, matches, spans))
        out.push({ ...extent(m.span), probabilities: temperatures.map(() => m.precision) });
    }
    return out;
  }

  /**
   * Gazetteer matches clear of every tagged span whose form was annotated with its label at
   * least {@link gazetteerPrecision} of the times it occurred in the training text; the
   * share, shrunk toward 0 by one unseen miss, is the match's confidence.
   */
  private reliableMatches(
    tokens: Parameters<Gazetteer['precision']>[0],
    matches: readonly TokenSpan[],
    spans: readonly TokenSpan[],
  ): { span: TokenSpan; precision: number }[] {
    const threshold = this.gazetteerPrecision;
    if (threshold === null) return [];
    const out: { span: TokenSpan; precision: number }[] = [];
    for (const m of matches) {
      if (spans.some((s) => s.first <= m.last && m.first <= s.last)) continue;
      const { hits, right } = this.gazetteer.precision(tokens, m);
      if (right > 0 && right / hits >= threshold)
        out.push({ span: m, precision: right / (hits + 1) });
    }
    return out;
  }
}
