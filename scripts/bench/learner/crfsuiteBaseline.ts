import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKOUT } from '../../interop/checkout';
import { runProcess } from '../../interop/runProcess';
import { BioTags, tokenSequences, type Suggestion } from '../../../src/shared/suggest';
import type { CorpusDocument } from './bratCorpus';

/** The virtual environment with python-crfsuite, reused from one run to the next (gitignored). */
const VENV_DIR = join(CHECKOUT, 'node_modules', '.cache', 'loupe-crfsuite-venv');
const PYTHON = join(VENV_DIR, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
const SCRIPT = join(import.meta.dirname, 'crfsuite_tagger.py');

/** A Python with python-crfsuite (installed from the local package indexes), or why there is none. */
export async function prepareCrfsuite(log: (line: string) => void): Promise<string | null> {
  const probe = async (): Promise<boolean> =>
    existsSync(PYTHON) && (await runProcess(PYTHON, ['-c', 'import pycrfsuite'])).code === 0;
  if (await probe()) return null;
  log(`Installing python-crfsuite into ${VENV_DIR} from the local package indexes…`);
  const venv = await runProcess('python3', ['-m', 'venv', VENV_DIR], { timeoutMs: 120_000 });
  if (venv.code !== 0) return `python3 -m venv failed: ${venv.stderr.trim()}`;
  const sources = ['--index-url', 'file:///opt/pypi/simple'];
  sources.push('--extra-index-url', 'file:///opt/pypi-more/simple', '--find-links', '/opt/wheels');
  const pip = await runProcess(
    PYTHON,
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      ...sources,
      'python-crfsuite',
    ],
    { timeoutMs: 600_000 },
  );
  if (pip.code !== 0 || !(await probe()))
    return `pip install python-crfsuite failed: ${(pip.stderr || pip.stdout).trim().split('\n').slice(-2).join(' / ')}`;
  return null;
}

/**
 * Trains CRFsuite on the training documents' sentences (Loupe's tokens and BIO tags, so both
 * learners see the same tokens) and tags the test documents; spans per test document.
 */
export async function crfsuitePredict(
  train: readonly CorpusDocument[],
  test: readonly CorpusDocument[],
): Promise<Suggestion[][]> {
  const tags = new BioTags(train.flatMap((d) => d.spans.map((s) => s.label)));
  const trainSentences = train.flatMap((doc) =>
    tokenSequences(doc.text).map((tokens) => ({
      tokens: tokens.map((t) => t.text),
      tags: [...tags.encode(tokens, doc.spans)].map((t) => tags.name(t)),
    })),
  );
  const testSentences = test.map((doc) => tokenSequences(doc.text));
  const input = JSON.stringify({
    train: trainSentences,
    test: testSentences.flat().map((tokens) => ({ tokens: tokens.map((t) => t.text) })),
  });
  const run = await runProcess(PYTHON, [SCRIPT], { input, timeoutMs: 600_000 });
  if (run.code !== 0)
    throw new Error(`CRFsuite failed: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  const predicted = (JSON.parse(run.stdout) as { tags: string[][] }).tags;
  const byName = new Map(
    tags.labels.flatMap((l) => [
      [`B-${l}`, tags.begin(l) ?? 0],
      [`I-${l}`, (tags.begin(l) ?? 0) + 1],
    ]),
  );
  let next = 0;
  return testSentences.map((sentences) =>
    sentences.flatMap((tokens) => {
      const names = predicted[next++] ?? [];
      const ids = names.map((n) => byName.get(n) ?? 0);
      return tags.decode(ids).map((s) => ({
        label: s.label,
        start: tokens[s.first]?.start ?? 0,
        end: tokens[s.last]?.end ?? 0,
        confidence: 1,
      }));
    }),
  );
}
