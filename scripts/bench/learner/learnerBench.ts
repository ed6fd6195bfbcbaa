import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKOUT } from '../../interop/checkout';
import { pseudoDocuments, readBratCorpus } from './bratCorpus';
import { prepareCrfsuite } from './crfsuiteBaseline';
import { reliability, type Reliability } from '../../../src/shared/suggest';
import { learningCurve, splitBySource, type CurvePoint, type JudgedSpan } from './learnerCurve';

const BRAT = join(CHECKOUT, '..', 'shared', 'fixtures', 'real', 'brat');

/** A corpus of the benchmark: its folder, where its annotation.conf is, and sentences per pseudo-document. */
interface CorpusSpec {
  readonly name: string;
  readonly dir: string;
  readonly conf: string;
  readonly sentences: number;
}

/** Each has 10–20 documents, too few to split by document: pseudo-documents of 1–2 sentences. */
const CORPORA: readonly CorpusSpec[] = [
  { name: 'CoNLL-2002 Spanish', dir: 'CoNLL-ST_2002/esp', conf: 'CoNLL-ST_2002', sentences: 2 },
  { name: 'CoNLL-2002 Dutch', dir: 'CoNLL-ST_2002/ned', conf: 'CoNLL-ST_2002', sentences: 1 },
  { name: 'NCBI-disease', dir: 'NCBI-disease', conf: 'NCBI-disease', sentences: 1 },
  { name: 'BioNLP-ST 2011 ID', dir: 'BioNLP-ST_2011_ID', conf: 'BioNLP-ST_2011_ID', sentences: 2 },
  // Held out while the learner was tuned on the four above: a check on a corpus it never saw.
  { name: 'BioNLP-ST 2011 GE', dir: 'BioNLP-ST_2011_GE', conf: 'BioNLP-ST_2011_GE', sentences: 1 },
];

/** One corpus's learning curve, each point the mean over the splits. */
export interface CorpusCurve {
  readonly corpus: string;
  readonly pseudoDocuments: number;
  readonly sentencesPerDocument: number;
  readonly testDocuments: number;
  readonly splits: number;
  readonly points: readonly CurvePoint[];
  /** Confidence against precision of every span Loupe proposed on this corpus's test documents. */
  readonly reliability: Reliability;
}

export interface LearnerBenchResult {
  readonly date: string;
  readonly quick: boolean;
  readonly crfsuite: string;
  readonly curves: readonly CorpusCurve[];
  /** Of every span Loupe proposed, all corpora, splits and training sizes together. */
  readonly reliability: Reliability;
}

const SIZES = [10, 30, 60] as const;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

function meanPoints(runs: readonly (readonly CurvePoint[])[]): CurvePoint[] {
  return (runs[0] ?? []).map((_, i) => {
    const at = runs.map((r) => r[i] as CurvePoint);
    const crf = at.map((p) => p.crfsuite);
    return {
      train: Math.round(mean(at.map((p) => p.train))),
      loupe: mean(at.map((p) => p.loupe)),
      gazetteer: mean(at.map((p) => p.gazetteer)),
      crfsuite: crf.some((v) => v === null) ? null : mean(crf as number[]),
      loupeSeconds: mean(at.map((p) => p.loupeSeconds)),
    };
  });
}

/**
 * Learning curves (10, 30, 60 and all training pseudo-documents) of Loupe's learner, the
 * gazetteer baseline and CRFsuite on held-out source documents, averaged over `splits`
 * seeded splits. `quick`: the Spanish corpus and one split only; `only`: the corpora whose
 * name holds it; `splits`: how many splits instead of 3.
 */
export async function runLearnerBench(
  quick: boolean,
  log: (line: string) => void,
  pick: { only?: string; splits?: number } = {},
): Promise<LearnerBenchResult> {
  const problem = await prepareCrfsuite(log);
  if (problem) log(`CRFsuite left out: ${problem}`);
  const splits = pick.splits ?? (quick ? 1 : 3);
  const curves: CorpusCurve[] = [];
  const pooled: JudgedSpan[] = [];
  const only = pick.only?.toLowerCase();
  const chosen = only ? CORPORA.filter((c) => c.name.toLowerCase().includes(only)) : CORPORA;
  for (const spec of quick ? chosen.slice(0, 1) : chosen) {
    const docs = pseudoDocuments(
      await readBratCorpus(join(BRAT, spec.dir), join(BRAT, spec.conf)),
      spec.sentences,
    );
    const runs: CurvePoint[][] = [];
    const spans: JudgedSpan[] = [];
    let testDocuments = 0;
    for (let seed = 1; seed <= splits; seed++) {
      const { train, test } = splitBySource(docs, seed);
      testDocuments += test.length / splits;
      const run = await learningCurve(train, test, [...SIZES, train.length], problem === null);
      runs.push(run.points);
      spans.push(...run.spans);
      pooled.push(...run.spans);
    }
    curves.push({
      corpus: spec.name,
      pseudoDocuments: docs.length,
      sentencesPerDocument: spec.sentences,
      testDocuments: Math.round(testDocuments),
      splits,
      points: meanPoints(runs),
      reliability: reliability(spans),
    });
    log(`learner: ${spec.name} done`);
  }
  return {
    date: new Date().toISOString(),
    quick,
    crfsuite: problem ?? 'python-crfsuite, L-BFGS c1=0.1 c2=0.1, 100 iterations',
    curves,
    reliability: reliability(pooled),
  };
}

function f(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/**
 * The curves as one Markdown table (every row says whether Loupe beats the gazetteer by 0.05
 * and is at least CRFsuite), then the reliability of Loupe's confidences.
 */
export function learnerTable(result: LearnerBenchResult): string {
  const lines = [
    '| corpus (pseudo-documents, sentences each) | training docs | Loupe | gazetteer | CRFsuite | Loupe − gazetteer | targets (gazetteer + 0.05 / CRFsuite) | Loupe train+tag s |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of result.curves) {
    c.points.forEach((p, i) => {
      const train = i === c.points.length - 1 ? `all (${p.train})` : String(p.train);
      const met = `${p.loupe >= p.gazetteer + 0.05 ? 'met' : 'MISSED'} / ${p.crfsuite === null || p.loupe >= p.crfsuite ? 'met' : 'MISSED'}`;
      const name = i === 0 ? `${c.corpus} (${c.pseudoDocuments}, ${c.sentencesPerDocument})` : '';
      lines.push(
        `| ${name} | ${train} | ${f(p.loupe)} | ${f(p.gazetteer)} | ${f(p.crfsuite)} | ${(p.loupe - p.gazetteer).toFixed(3)} | ${met} | ${p.loupeSeconds.toFixed(2)} |`,
      );
    });
  }
  return `${lines.join('\n')}\n\n${reliabilityTable(result)}`;
}

/** Confidence bins of every span Loupe proposed: mean confidence against the share that was right. */
function reliabilityTable(result: LearnerBenchResult): string {
  const r = result.reliability;
  const ece = (x: Reliability): string => f(x.expectedCalibrationError);
  const lines = [
    `Reliability of the confidences (${r.spans} spans Loupe proposed on test documents, every corpus, split and size; expected calibration error ${ece(r)}; per corpus: ${result.curves.map((c) => `${c.corpus} ${ece(c.reliability)}`).join(', ')}):`,
    '',
    '| confidence | spans | mean confidence | precision (share right) |',
    '|---|---|---|---|',
    ...r.bins.map(
      (b) =>
        `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.spans} | ${f(b.meanConfidence)} | ${f(b.precision)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const START = '<!-- learner-curve:start -->';
const END = '<!-- learner-curve:end -->';

/** Replaces the table between the README's learner-curve markers. */
export async function updateReadme(table: string, result: LearnerBenchResult): Promise<void> {
  const file = join(CHECKOUT, 'README.md');
  const readme = await readFile(file, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return;
  const note = `Exact-span F1 on held-out source documents, mean of ${result.curves[0]?.splits ?? 1} seeded split(s); run ${result.date.slice(0, 10)}, \`npm run bench:learner -- --readme\`.\n\n`;
  const next = `${readme.slice(0, from + START.length)}\n${note}${table}${readme.slice(to)}`;
  await writeFile(file, next);
}
