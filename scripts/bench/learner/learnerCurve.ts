import {
  Gazetteer,
  seededRandom,
  shuffled,
  DEFAULT_READER,
  suggestionScores,
  trainLabeller,
  type Suggestion,
} from '../../../src/shared/suggest';
import type { CorpusDocument } from './bratCorpus';
import { crfsuitePredict } from './crfsuiteBaseline';

/** One point of a learning curve: training documents and each system's exact-span F1. */
export interface CurvePoint {
  readonly train: number;
  readonly loupe: number;
  readonly gazetteer: number;
  readonly crfsuite: number | null;
  /** Seconds Loupe's learner took to train and tag. */
  readonly loupeSeconds: number;
}

/** The held-out split: whole source documents go to the test side, so no sentence of a test document is trained on. */
export function splitBySource(
  docs: readonly CorpusDocument[],
  seed: number,
): { train: CorpusDocument[]; test: CorpusDocument[] } {
  const sources = shuffled(
    [...new Set(docs.map((d) => d.name.split('#')[0] ?? d.name))],
    seededRandom(seed),
  );
  const test = new Set<string>();
  let held = 0;
  for (const source of sources) {
    if (held >= docs.length / 3) break;
    test.add(source);
    held += docs.filter((d) => (d.name.split('#')[0] ?? d.name) === source).length;
  }
  const inTest = (d: CorpusDocument): boolean => test.has(d.name.split('#')[0] ?? d.name);
  return {
    train: shuffled(
      docs.filter((d) => !inTest(d)),
      seededRandom(seed + 1),
    ),
    test: docs.filter(inTest),
  };
}

/** The gazetteer baseline: every training surface form, longest match, most frequent label. */
export function gazetteerPredict(
  train: readonly CorpusDocument[],
  test: readonly CorpusDocument[],
): Suggestion[][] {
  const g = new Gazetteer();
  train.forEach((doc, d) => {
    const tokens = DEFAULT_READER.tokenize(doc.text);
    for (const s of doc.spans)
      g.add(
        tokens.filter((t) => t.start >= s.start && t.start < s.end),
        s.label,
        d,
      );
  });
  return test.map((doc) => {
    const tokens = DEFAULT_READER.tokenize(doc.text);
    return g.match(tokens).map((m) => ({
      label: m.label,
      start: tokens[m.first]?.start ?? 0,
      end: tokens[m.last]?.end ?? 0,
      confidence: 1,
    }));
  });
}

function f1(test: readonly CorpusDocument[], predicted: readonly Suggestion[][]): number {
  return (
    suggestionScores(
      test.map((doc, i) => ({
        id: doc.name,
        text: doc.text,
        reference: doc.spans,
        predicted: predicted[i] ?? [],
      })),
    ).overall.f1 ?? 0
  );
}

/** A span Loupe proposed on a test document: its confidence and whether it was annotated so. */
export interface JudgedSpan {
  readonly confidence: number;
  readonly right: boolean;
}

function judged(test: readonly CorpusDocument[], predicted: readonly Suggestion[][]): JudgedSpan[] {
  const key = (s: { label: string; start: number; end: number }): string =>
    `${s.label}\u0000${s.start}\u0000${s.end}`;
  return test.flatMap((doc, i) => {
    const annotated = new Set(doc.spans.map(key));
    return (predicted[i] ?? []).map((s) => ({
      confidence: s.confidence,
      right: annotated.has(key(s)),
    }));
  });
}

/**
 * Exact-span F1 on the test documents of Loupe, the gazetteer and CRFsuite at each training
 * size, and every span Loupe proposed with its confidence (for a reliability diagram).
 */
export async function learningCurve(
  train: readonly CorpusDocument[],
  test: readonly CorpusDocument[],
  sizes: readonly number[],
  crfsuite: boolean,
): Promise<{ points: CurvePoint[]; spans: JudgedSpan[] }> {
  const points: CurvePoint[] = [];
  const spans: JudgedSpan[] = [];
  const unlabeled = [...train, ...test].map((d) => d.text);
  for (const size of sizes) {
    const slice = train.slice(0, size);
    const started = performance.now();
    // As in a project: every document's text is there, annotated or not (the test documents are the ones to suggest for).
    const model = trainLabeller(slice, { seed: 1, unlabeledTexts: unlabeled });
    const predicted = test.map((d) => model.predict(d.text));
    const loupeSeconds = (performance.now() - started) / 1000;
    const loupe = f1(test, predicted);
    spans.push(...judged(test, predicted));
    points.push({
      train: slice.length,
      loupe,
      gazetteer: f1(test, gazetteerPredict(slice, test)),
      crfsuite: crfsuite ? f1(test, await crfsuitePredict(slice, test)) : null,
      loupeSeconds,
    });
  }
  return { points, spans };
}
