import type { AveragedPerceptron } from './averagedPerceptron';
import type { CodePointSpan, TokenSpan } from './bioTags';
import { DEFAULT_TEMPERATURE } from './calibration';
import type { Gazetteer } from './gazetteer';
import { sentenceFeatures } from './tokenFeatures';
import { tokenSequences, type TextReader } from './tokenSequence';
import type { WordClasses } from './wordClasses';

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
    /** Words seen in lower case in the training text. */
    private readonly lowerCased: ReadonlySet<string>,
    /** Word classes learned from the project's text. */
    private readonly classes: WordClasses,
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
    const sentences = tokenSequences(text, this.reader);
    const lowerHere = new Set<string>();
    // A word of this text in lower case counts as seen so, as the training texts' own words did.
    for (const tokens of sentences)
      for (const t of tokens) if (t.text === t.text.toLowerCase()) lowerHere.add(t.text);
    const lowerCased = { has: (w: string) => this.lowerCased.has(w) || lowerHere.has(w) };
    for (const tokens of sentences) {
      const matches = this.gazetteer.match(tokens);
      const ids = this.perceptron.lookup(
        sentenceFeatures(tokens, matches, lowerCased, this.classes),
      );
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
      const kept: { span: TokenSpan; probabilities: ArrayLike<number> }[] = spans.map(
        (span, i) => ({
          span,
          probabilities: probabilities[i] ?? [],
        }),
      );
      for (const m of this.reliableMatches(tokens, matches)) {
        if (kept.some((k) => k.span.first <= m.span.last && m.span.first <= k.span.last)) continue;
        kept.push({ span: m.span, probabilities: temperatures.map(() => m.precision) });
      }
      for (const k of kept) out.push({ ...extent(k.span), probabilities: k.probabilities });
    }
    return out;
  }

  /**
   * Gazetteer matches whose form was annotated with its label at
   * least {@link gazetteerPrecision} of the times it occurred in the training text; the
   * share, shrunk toward 0 by one unseen miss, is the match's confidence.
   */
  private reliableMatches(
    tokens: Parameters<Gazetteer['precision']>[0],
    matches: readonly TokenSpan[],
  ): { span: TokenSpan; precision: number }[] {
    const threshold = this.gazetteerPrecision;
    if (threshold === null) return [];
    const out: { span: TokenSpan; precision: number }[] = [];
    for (const m of matches) {
      const { hits, right } = this.gazetteer.precision(tokens, m);
      if (right > 0 && right / hits >= threshold)
        out.push({ span: m, precision: right / (hits + 1) });
    }
    return out;
  }
}
