import type { Token } from '../text';
import { AveragedPerceptron, type SentenceIds } from './averagedPerceptron';
import type { CodePointSpan } from './bioTags';
import { BilouTags } from './bilouTags';
import { fitTemperature, TEMPERATURES, type HeldOutSpan } from './calibration';
import { Gazetteer } from './gazetteer';
import { LabellerModel, type Suggestion } from './labellerModel';
import { seededRandom, shuffled } from './seededRandom';
import { sentenceFeatures } from './tokenFeatures';
import { DEFAULT_READER, tokenSequences, type TextReader } from './tokenSequence';
import { learnWordClasses, type WordClasses } from './wordClasses';

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
   * the model learns how far a gazetteer hit can be trusted on unseen text (default 3).
   */
  readonly gazetteerFolds?: number;
  /** Features seen fewer times than this in the training text are left out (default 3). */
  readonly minFeatureCount?: number;
  /**
   * A gazetteer match the perceptron left untagged is proposed too when at least this share
   * of its form's occurrences in the training text were annotated with its label (default
   * 0.5); null: only the perceptron's spans.
   */
  readonly gazetteerPrecision?: number | null;
  /**
   * Folds of the held-out fit of the confidences' temperature (default 3; fewer than 2, or
   * fewer than two documents a fold: the default temperature).
   */
  readonly calibrationFolds?: number;
  /**
   * Texts of the project whether annotated or not (the training documents' texts are added):
   * word classes learned from them, and the words they use in lower case, are features.
   */
  readonly unlabeledTexts?: readonly string[];
  /** Called after each pass with (passes done, passes in all). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A trained model: tags texts with spans of the labels it learned. */
export interface SequenceLabeller {
  readonly labels: readonly string[];
  readonly featureCount: number;
  /** The temperature confidences are read at, fitted on held-out folds. */
  readonly temperature: number;
  predict(text: string): Suggestion[];
}

interface Sentence {
  readonly ids: SentenceIds;
  readonly gold: Int32Array;
}

function spansToTokens(tokens: readonly Token[], span: CodePointSpan): Token[] {
  return tokens.filter((t) => t.start >= span.start && t.start < span.end);
}

/** A model ready to learn: its interned training sentences and the gazetteer it reads. */
interface Prepared {
  readonly model: LabellerModel;
  readonly sentences: readonly Sentence[];
}

/**
 * Trains a linear-chain averaged perceptron over BILOU tags on documents' spans, with word,
 * shape, affix, context and gazetteer features (every training surface form and every known
 * name), then fits the temperature of its confidences on held-out folds. Deterministic for a
 * seed: the same documents and seed give the same model.
 * @example trainLabeller([{ text: 'Mike Pompeo said.', spans: [{ label: 'PER', start: 0, end: 11 }] }]).predict('Mike Pompeo left.')
 */
export function trainLabeller(
  documents: readonly TrainingDocument[],
  options: LabellerOptions = {},
): SequenceLabeller {
  const context = projectContext(documents, options);
  const prepared = prepare(documents, options, context);
  const { epochs, votes } = passes(prepared.sentences, options);
  const folds = calibrationFolds(documents, options);
  const total = (votes + folds) * epochs;
  let done = 0;
  const onPass = (): void => options.onProgress?.(++done, total);
  learn(prepared, epochs, votes, options.seed ?? 1, onPass);
  const { model } = prepared;
  if (folds > 0) {
    const sample = calibrationSample(documents);
    model.temperature = fitTemperature(
      heldOutSpans(sample, folds, epochs, options, context, onPass),
    );
  }
  return {
    labels: model.perceptron.tags.labels,
    featureCount: model.perceptron.featureCount,
    temperature: model.temperature,
    predict: (text) => model.predict(text),
  };
}

/** Text (characters) the temperature is fitted on at most: it costs about half the training of a few hundred documents. */
const CALIBRATION_CHARACTERS = 150_000;

/** The first documents, up to {@link CALIBRATION_CHARACTERS} of text (at least 2 documents a fold). */
function calibrationSample(documents: readonly TrainingDocument[]): readonly TrainingDocument[] {
  let characters = 0;
  let n = 0;
  while (n < documents.length && characters < CALIBRATION_CHARACTERS)
    characters += documents[n++]?.text.length ?? 0;
  return documents.slice(0, Math.max(n, 6));
}

/** Folds of the temperature fit: as asked (default 3), or none with fewer than two documents a fold. */
function calibrationFolds(
  documents: readonly TrainingDocument[],
  options: LabellerOptions,
): number {
  const folds = options.calibrationFolds ?? 3;
  return folds >= 2 && documents.length >= 2 * folds ? folds : 0;
}

/**
 * The spans single-order models propose on the documents they never saw (a source's
 * documents held out together, in fold rank mod k: text from an unseen source is what
 * suggestions are for), with their probabilities at every candidate temperature and
 * whether each was annotated so.
 */
function heldOutSpans(
  documents: readonly TrainingDocument[],
  folds: number,
  epochs: number,
  options: LabellerOptions,
  context: ProjectContext,
  onPass: () => void,
): HeldOutSpan[] {
  const out: HeldOutSpan[] = [];
  const foldOf = sourceFolds(documents, folds);
  for (let fold = 0; fold < folds; fold++) {
    const prepared = prepare(
      documents.filter((_, i) => foldOf[i] !== fold),
      options,
      context,
    );
    learn(prepared, epochs, 1, (options.seed ?? 1) + fold + 1, onPass);
    documents.forEach((doc, i) => {
      if (foldOf[i] !== fold) return;
      const key = (s: CodePointSpan): string => `${s.label}\u0000${s.start}\u0000${s.end}`;
      const annotated = new Set(doc.spans.map(key));
      for (const span of prepared.model.tag(doc.text, TEMPERATURES))
        out.push({ probabilities: span.probabilities, right: annotated.has(key(span)) });
    });
  }
  return out;
}

/** What the learner reads from the whole project's text: word classes and the words used in lower case. */
interface ProjectContext {
  readonly classes: WordClasses;
  readonly lowerCased: ReadonlySet<string>;
}

function projectContext(
  documents: readonly TrainingDocument[],
  options: LabellerOptions,
): ProjectContext {
  const reader = options.reader ?? DEFAULT_READER;
  const texts = [...new Set([...documents.map((d) => d.text), ...(options.unlabeledTexts ?? [])])];
  const tokens = texts.map((text) => reader.tokenize(text));
  const lowerCased = new Set<string>();
  for (const list of tokens)
    for (const t of list) if (t.text === t.text.toLowerCase()) lowerCased.add(t.text);
  return { classes: learnWordClasses(tokens, options.seed ?? 1), lowerCased };
}

/** Reads the documents: the gazetteer of their spans (and known names) and their sentences' features and tags. */
function prepare(
  documents: readonly TrainingDocument[],
  options: LabellerOptions,
  context: ProjectContext,
): Prepared {
  const reader = options.reader ?? DEFAULT_READER;
  const tags = new BilouTags(documents.flatMap((d) => d.spans.map((s) => s.label)));
  const gazetteer = new Gazetteer();
  for (const known of options.knownNames ?? [])
    if (tags.begin(known.label) !== undefined)
      gazetteer.add(reader.tokenize(known.name), known.label, -1);
  documents.forEach((doc, d) => {
    const tokens = reader.tokenize(doc.text);
    for (const span of doc.spans) gazetteer.add(spansToTokens(tokens, span), span.label, d);
  });
  const { lowerCased, classes } = context;
  const perceptron = new AveragedPerceptron(tags);
  const foldOf = sourceFolds(documents, options.gazetteerFolds ?? 3);
  const raw: { features: string[][]; gold: Int32Array }[] = [];
  const counts = new Map<string, number>();
  documents.forEach((doc, d) => {
    for (const tokens of tokenSequences(doc.text, reader)) {
      const features = sentenceFeatures(
        tokens,
        gazetteer.match(tokens, outsideFold(d, foldOf)),
        lowerCased,
        classes,
      );
      const gold = tags.encode(tokens, doc.spans);
      gazetteer.tally(tokens, tags.decode(gold));
      for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
      raw.push({ features, gold });
    }
  });
  const min = options.minFeatureCount ?? 3;
  const frequent = (fs: readonly string[]): string[] =>
    fs.filter((f) => (counts.get(f) ?? 0) >= min);
  const sentences = raw.map(({ features, gold }) => ({
    ids: perceptron.intern(min > 1 ? features.map(frequent) : features),
    gold,
  }));
  perceptron.allocate();
  const precision = options.gazetteerPrecision === undefined ? 0.5 : options.gazetteerPrecision;
  return {
    model: new LabellerModel(perceptron, gazetteer, reader, precision, lowerCased, classes),
    sentences,
  };
}

/** Trains `votes` models on seeded orders of the sentences and blends their averaged weights. */
function learn(
  { model, sentences }: Prepared,
  epochs: number,
  votes: number,
  seed: number,
  onPass: () => void,
): void {
  const random = seededRandom(seed);
  const first = model.perceptron;
  const models = [first, ...Array.from({ length: votes - 1 }, () => first.sibling())];
  for (const m of models) {
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const sentence of shuffled(sentences, random)) m.learn(sentence.ids, sentence.gold);
      onPass();
    }
    m.average();
  }
  first.blend(models.slice(1));
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
