import type { Token } from '../text';
import { AveragedPerceptron, type SentenceIds } from './averagedPerceptron';
import { BioTags, type CodePointSpan } from './bioTags';
import { Gazetteer } from './gazetteer';
import { seededRandom, shuffled } from './seededRandom';
import { sentenceFeatures } from './tokenFeatures';
import { DEFAULT_READER, tokenSequences, type TextReader } from './tokenSequence';

/** A document the learner learns from: its text and its spans (one extent each, code points). */
export interface TrainingDocument {
  readonly text: string;
  readonly spans: readonly CodePointSpan[];
  /** Where the text came from: documents of one source share a gazetteer fold (default: itself). */
  readonly source?: string;
}

/** A name known beforehand (an entity registry's canonical names and aliases) and its label. */
export interface KnownName {
  readonly name: string;
  readonly label: string;
}

/** A proposed span with the model's probability for it (0..1). */
export interface Suggestion extends CodePointSpan {
  readonly confidence: number;
}

export interface LabellerOptions {
  /** Passes over the training sentences (default 20, fewer on large training sets). */
  readonly epochs?: number;
  /** Models trained on different sentence orders, their weights averaged (default 5, fewer on large training sets). */
  readonly votes?: number;
  /** Orders the sentences of each pass (default 1). */
  readonly seed?: number;
  readonly reader?: TextReader;
  readonly knownNames?: readonly KnownName[];
  /**
   * Training documents are split into this many folds (by source, in order of appearance); a
   * document's gazetteer features use only forms annotated in other folds or known names, so
   * the model learns how far a gazetteer hit can be trusted on unseen text (default 5).
   */
  readonly gazetteerFolds?: number;
  /** Called after each pass with (passes done, passes in all). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A trained model: tags texts with spans of the labels it learned. */
export interface SequenceLabeller {
  readonly labels: readonly string[];
  readonly featureCount: number;
  predict(text: string): Suggestion[];
}

/** Softens the perceptron's scores into probabilities for confidences (scores are sums of ±1 steps). */
const TEMPERATURE = 4;

interface Sentence {
  readonly ids: SentenceIds;
  readonly gold: Int32Array;
}

function spansToTokens(tokens: readonly Token[], span: CodePointSpan): Token[] {
  return tokens.filter((t) => t.start >= span.start && t.start < span.end);
}

/**
 * Trains a linear-chain averaged perceptron over BIO tags on documents' spans, with word,
 * shape, affix, context and gazetteer features (every training surface form and every known
 * name). Deterministic for a seed: the same documents and seed give the same model.
 * @example trainLabeller([{ text: 'Mike Pompeo said.', spans: [{ label: 'PER', start: 0, end: 11 }] }]).predict('Mike Pompeo left.')
 */
export function trainLabeller(
  documents: readonly TrainingDocument[],
  options: LabellerOptions = {},
): SequenceLabeller {
  const reader = options.reader ?? DEFAULT_READER;
  const tags = new BioTags(documents.flatMap((d) => d.spans.map((s) => s.label)));
  const gazetteer = new Gazetteer();
  for (const known of options.knownNames ?? [])
    if (tags.begin(known.label) !== undefined)
      gazetteer.add(reader.tokenize(known.name), known.label, -1);
  const read = documents.map((doc) => ({ doc, tokens: reader.tokenize(doc.text) }));
  read.forEach(({ doc, tokens }, d) => {
    for (const span of doc.spans) gazetteer.add(spansToTokens(tokens, span), span.label, d);
  });
  const model = new AveragedPerceptron(tags);
  const foldOf = sourceFolds(documents, options.gazetteerFolds ?? 5);
  const sentences: Sentence[] = [];
  documents.forEach((doc, d) => {
    for (const tokens of tokenSequences(doc.text, reader)) {
      const features = sentenceFeatures(tokens, gazetteer.match(tokens, outsideFold(d, foldOf)));
      sentences.push({ ids: model.intern(features), gold: tags.encode(tokens, doc.spans) });
    }
  });
  model.allocate();
  const { epochs, votes } = passes(sentences, options);
  const random = seededRandom(options.seed ?? 1);
  const models = [model, ...Array.from({ length: votes - 1 }, () => model.sibling())];
  models.forEach((m, v) => {
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const sentence of shuffled(sentences, random)) m.learn(sentence.ids, sentence.gold);
      options.onProgress?.(v * epochs + epoch + 1, votes * epochs);
    }
    m.average();
  });
  model.blend(models.slice(1));
  return {
    labels: tags.labels,
    featureCount: model.featureCount,
    predict: (text) => predict(model, gazetteer, reader, text),
  };
}

/** Token visits (tokens × passes × votes) the defaults stay under: a few hundred documents train in well under a minute. */
const TOKEN_BUDGET = 1_500_000;

/** Passes and votes: as asked, else 20 × 5, cut down to stay within {@link TOKEN_BUDGET}. */
function passes(
  sentences: readonly Sentence[],
  options: LabellerOptions,
): { epochs: number; votes: number } {
  const tokens = Math.max(
    1,
    sentences.reduce((n, s) => n + s.gold.length, 0),
  );
  const rounds = Math.max(1, Math.floor(TOKEN_BUDGET / tokens));
  const votes = options.votes ?? Math.max(1, Math.min(5, Math.floor(rounds / 20)));
  const epochs = options.epochs ?? Math.max(5, Math.min(20, Math.floor(rounds / votes)));
  return { epochs, votes };
}

/** The fold of every training document: its source's rank, modulo the number of folds. */
function sourceFolds(documents: readonly TrainingDocument[], folds: number): Int32Array {
  const rank = new Map<string, number>();
  return Int32Array.from(documents, (doc, d) => {
    const key = doc.source ?? `#${d}`;
    if (!rank.has(key)) rank.set(key, rank.size);
    return (rank.get(key) ?? 0) % folds;
  });
}

/** Whether a gazetteer form was annotated outside document `d`'s fold (or is a known name). */
function outsideFold(d: number, foldOf: Int32Array): (sources: ReadonlySet<number>) => boolean {
  return (sources) => {
    for (const s of sources) if (s < 0 || foldOf[s] !== foldOf[d]) return true;
    return false;
  };
}

function predict(
  model: AveragedPerceptron,
  gazetteer: Gazetteer,
  reader: TextReader,
  text: string,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const tokens of tokenSequences(text, reader)) {
    const ids = model.lookup(sentenceFeatures(tokens, gazetteer.match(tokens)));
    const tagged = model.decode(ids);
    const spans = model.tags.decode(tagged);
    if (spans.length === 0) continue;
    const marginals = model.marginals(ids, TEMPERATURE);
    for (const span of spans) {
      let confidence = 1;
      for (let t = span.first; t <= span.last; t++)
        confidence = Math.min(confidence, marginals[t]?.[tagged[t] ?? 0] ?? 0);
      out.push({
        label: span.label,
        start: tokens[span.first]?.start ?? 0,
        end: tokens[span.last]?.end ?? 0,
        confidence,
      });
    }
  }
  return out;
}
