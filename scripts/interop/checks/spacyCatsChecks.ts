import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { CHECKOUT } from '../checkout';
import type { InteropContext } from '../interopContext';
import { runSteps } from '../loupeCli';
import { runPython } from '../runPython';

interface SeenRecord {
  readonly text: string;
  readonly on: readonly string[];
  readonly off: readonly string[];
  readonly other: readonly string[];
}
interface CatsReport {
  readonly files: readonly {
    readonly records: readonly SeenRecord[];
    readonly errors: readonly string[];
  }[];
}

const FORMAT = 'spans JSONL, spaCy cats';
const REAL = 'real textcat files through Loupe: spaCy reads the same cats as from the originals';
const FROM_DOCCANO =
  'doccano categories exported: spaCy reads each record’s categories scored 1.0, no other';

/** spaCy's own text classification training data (tests/fixtures/real/SOURCES.md). */
const REAL_FILES = [
  'tests/fixtures/real/spacy/textcat_multilabel_cooking_dev_lines_1-2.jsonl',
  'tests/fixtures/real/spacy/textcat_docs_issues_eval_lines_1-3.jsonl',
];

/** doccano records with categories, and the categories each has (the known answer, by hand). */
const DOCCANO = [
  { text: 'The match ended in a draw.', cats: ['sport'] },
  { text: 'Parliament debated the football budget.', cats: ['politics', 'sport'] },
  { text: 'It rained all day.', cats: [] },
];

/**
 * spaCy's `cats` both ways, with spaCy itself (python/spacy_cats.py): real training files of
 * explosion/projects imported and exported as spans JSONL give spaCy (Doc.cats, Example,
 * DocBin) the very categories the originals give it; categories imported from doccano and
 * exported as spans JSONL reach spaCy as each record's labels scored 1.0, and no others.
 */
export async function spacyCatsChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const python = ctx.python;
  if (!python.ok) return [REAL, FROM_DOCCANO].map((c) => skipped(FORMAT, c, python.reason));
  return [await realRow(ctx), await doccanoRow(ctx)];
}

async function realRow(ctx: InteropContext): Promise<CheckResult> {
  const folder = join(ctx.work, 'spacy-cats');
  const originals = REAL_FILES.map((f) => join(CHECKOUT, f));
  const exported: string[] = [];
  for (const [i, original] of originals.entries()) {
    const project = join(folder, `real-${i}`);
    const out = join(folder, `real-${i}-out`);
    const steps = [
      ['init', project],
      ['import', project, original, '--annotator', 'a'],
      ['export', project, '--format', 'spans-jsonl', '--annotator', 'a', '--out', out],
    ];
    const failed = await runSteps(ctx.loupe, steps);
    if (failed) return broken(FORMAT, REAL, failed);
    // Each file's records go back to a file of its name.
    exported.push(join(out, basename(original)));
  }
  const seen = await runPython<CatsReport>(ctx.python, 'spacy_cats.py', [
    ...originals,
    ...exported,
  ]);
  if (!seen.ok) return broken(FORMAT, REAL, seen.reason);
  const files = seen.value.files;
  const mismatches = files.flatMap((f) => f.errors);
  let passed = 0;
  let total = 0;
  originals.forEach((original, i) => {
    const want = files[i]?.records ?? [];
    const got = files[i + originals.length]?.records ?? [];
    total += want.length;
    want.forEach((w, r) => {
      const g = got[r];
      if (g && JSON.stringify(g) === JSON.stringify(w)) passed++;
      else
        mismatches.push(
          `${original} record ${r + 1}: spaCy read ${JSON.stringify(g)}, the original gives ${JSON.stringify(w)}`,
        );
    });
  });
  return tallied(FORMAT, REAL, 'records', passed, total, mismatches);
}

async function doccanoRow(ctx: InteropContext): Promise<CheckResult> {
  const folder = join(ctx.work, 'spacy-cats');
  await mkdir(folder, { recursive: true });
  const source = join(folder, 'categories.jsonl');
  await writeFile(source, DOCCANO.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const project = join(folder, 'doccano');
  const out = join(folder, 'doccano-out');
  const steps = [
    ['init', project],
    ['import', project, source, '--format', 'doccano', '--annotator', 'a'],
    ['export', project, '--format', 'spans-jsonl', '--annotator', 'a', '--out', out],
  ];
  const failed = await runSteps(ctx.loupe, steps);
  if (failed) return broken(FORMAT, FROM_DOCCANO, failed);
  const written = join(out, 'spans.jsonl');
  const seen = await runPython<CatsReport>(ctx.python, 'spacy_cats.py', [written]);
  if (!seen.ok) return broken(FORMAT, FROM_DOCCANO, seen.reason);
  const [file] = seen.value.files;
  const mismatches = [...(file?.errors ?? [])];
  let passed = 0;
  for (const want of DOCCANO) {
    const got = file?.records.find((r) => r.text === want.text);
    const on = [...want.cats].sort();
    if (got && JSON.stringify([got.on, got.off, got.other]) === JSON.stringify([on, [], []]))
      passed++;
    else
      mismatches.push(
        `${JSON.stringify(want.text)}: spaCy read ${JSON.stringify(got)}; expected ${on.join(', ') || 'none'} scored 1.0 and no other category`,
      );
  }
  if (!(await readFile(written, 'utf8')).includes('"cats"'))
    mismatches.push(`${written} holds no cats`);
  return tallied(FORMAT, FROM_DOCCANO, 'records', passed, DOCCANO.length, mismatches);
}
