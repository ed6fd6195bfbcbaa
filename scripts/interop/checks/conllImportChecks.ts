import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { alignedTags, tokenRows } from '../alignedTags';
import { CHECKOUT } from '../checkout';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { runConlleval } from '../conlleval';
import type { InteropContext } from '../interopContext';
import { runPython } from '../runPython';
import { SHARED_DIR } from '../sharedTools';

const FORMAT = 'CoNLL import';
const FIXTURES = join(CHECKOUT, 'tests', 'fixtures', 'conll');

/** A real file imported with `loupe import --format conll`, and where its known answer comes from. */
interface ImportCase {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
  /** The file conlleval.pl scores (the file itself, or the IOB2 file a BILOU one was made from), and its tag column (negative: from the end). */
  readonly oracle: string;
  readonly column: number;
  /** The file's token column (0-based). */
  readonly token: number;
  /** Options of the export scored against the oracle (its scheme, when the file's own is not the oracle's). */
  readonly exportArgs?: readonly string[];
}

/** doccano-transformer's CoNLL-2003 export of a doccano project: it is its own oracle. */
const TRANSFORMER_CONLL = join(
  SHARED_DIR,
  'fixtures',
  'real',
  'doccano',
  'doccano-transformer',
  'labeling.conll2003.user2',
);

const CASES: readonly ImportCase[] = [
  {
    name: 'doccano-transformer CoNLL-2003',
    file: TRANSFORMER_CONLL,
    args: [],
    oracle: TRANSFORMER_CONLL,
    column: -1,
    token: 0,
  },
  {
    name: 'WNUT 17 (tabs)',
    file: join(FIXTURES, 'wnut17-emerging-dev.conll'),
    args: [],
    oracle: join(FIXTURES, 'wnut17-emerging-dev.conll'),
    column: -1,
    token: 0,
  },
  {
    name: 'WNUT 17 in BILOU',
    file: join(FIXTURES, 'wnut17-emerging-dev.bilou.conll'),
    args: [],
    oracle: join(FIXTURES, 'wnut17-emerging-dev.conll'),
    column: -1,
    token: 0,
    // Written back in BILOU by default, as it came; conlleval.pl knows no U or L: IOB2, the oracle's.
    exportArgs: ['--scheme', 'iob2'],
  },
  {
    name: 'GermEval 2014, outer level',
    file: join(FIXTURES, 'germeval2014-NER-de-dev.tsv'),
    args: ['--tag-column', '3'],
    oracle: join(FIXTURES, 'germeval2014-NER-de-dev.tsv'),
    column: 2,
    token: 1,
    // Without a scheme, written back as it was (index first, # lines), as GermEval's scorer reads
    // it; asked for one, the token first and the tag last, where conlleval.pl and spaCy read them.
    exportArgs: ['--scheme', 'iob2'],
  },
];

interface Stats {
  readonly annotators: readonly {
    readonly annotator: string;
    readonly labels: Record<string, number>;
  }[];
}
interface ConverterReport {
  readonly docs: readonly {
    readonly words: readonly string[];
    readonly ents: readonly { readonly label: string }[];
  }[];
  readonly error: string | null;
}

/**
 * Real CoNLL / IOB files imported through the command line: the spans per label equal the
 * phrases per type conlleval.pl reads in the original, the CoNLL export scored against the
 * original by conlleval.pl is 100%, and spaCy's CoNLL-NER converter reads the export with
 * the same entities per label.
 */
export async function conllImportChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const rows: CheckResult[] = [];
  for (const c of CASES) rows.push(...(await checkCase(ctx, c)));
  return rows;
}

async function checkCase(ctx: InteropContext, c: ImportCase): Promise<CheckResult[]> {
  const checks = [
    `${c.name}: spans per label = conlleval.pl phrases`,
    `${c.name}: export vs original, conlleval.pl 100%`,
    `${c.name}: spaCy conll_ner_to_docs words (but -DOCSTART-) and entities = original`,
  ] as const;
  const tool = ctx.tools.conlleval;
  if (!tool.ok) return checks.map((check) => skipped(FORMAT, check, tool.reason));
  const project = join(ctx.work, 'conll-import', c.name.replace(/\W+/g, '-'));
  const init = await ctx.loupe.run(['init', project]);
  const imported = await ctx.loupe.run([
    'import',
    project,
    c.file,
    '--format',
    'conll',
    '--annotator',
    'interop',
    ...c.args,
  ]);
  const out = join(project, 'exports', 'conll');
  const exported = await ctx.loupe.run([
    'export',
    project,
    '--format',
    'conll',
    '--annotator',
    'interop',
    '--out',
    out,
    ...(c.exportArgs ?? []),
  ]);
  const failed = [init, imported, exported].find((r) => r.code !== 0);
  if (failed) return checks.map((check) => broken(FORMAT, check, failed.stderr.trim()));
  const original = await readFile(c.oracle, 'utf8');
  const truth = await runConlleval(
    tool.path,
    alignedTags(original, c.column, original, c.column) ?? '',
  );
  const stats = JSON.parse((await ctx.loupe.run(['stats', project, '--json'])).stdout) as Stats;
  const labels = stats.annotators.find((a) => a.annotator === 'interop')?.labels ?? {};
  // Written back to a file of the name it was read from.
  const export_ = join(out, basename(c.file));
  const written = await readFile(export_, 'utf8');
  const paired = alignedTags(original, c.column, written, -1);
  const scored = paired === null ? null : await runConlleval(tool.path, paired);
  return [
    countsRow(checks[0], labels, truth.byType),
    scored === null
      ? broken(FORMAT, checks[1], 'the export does not line up with the original token by token')
      : tallied(FORMAT, checks[1], 'phrases', scored.correct ?? 0, truth.phrases ?? 0, [
          ...(scored.fb1 === 100 && scored.accuracy === 100
            ? []
            : [`conlleval.pl: ${scored.output.split('\n').slice(0, 2).join(' / ')}`]),
        ]),
    await spacyRow(ctx, checks[2], export_, truth.byType, originalWords(original, c.token)),
  ];
}

/** Counts per label against conlleval.pl's phrases per type. */
function countsRow(
  check: string,
  got: Record<string, number>,
  truth: Readonly<Record<string, number>>,
): CheckResult {
  const mismatches: string[] = [];
  let agreed = 0;
  let total = 0;
  for (const label of new Set([...Object.keys(got), ...Object.keys(truth)])) {
    total += truth[label] ?? 0;
    if ((got[label] ?? 0) === (truth[label] ?? 0)) agreed += truth[label] ?? 0;
    else
      mismatches.push(
        `${label}: Loupe has ${got[label] ?? 0}, conlleval.pl counts ${truth[label] ?? 0}`,
      );
  }
  return tallied(FORMAT, check, 'phrases', agreed, total, mismatches);
}

async function spacyRow(
  ctx: InteropContext,
  check: string,
  file: string,
  truth: Readonly<Record<string, number>>,
  words: readonly string[],
): Promise<CheckResult> {
  if (!ctx.python.ok) return skipped(FORMAT, check, ctx.python.reason);
  const report = await runPython<ConverterReport>(ctx.python, 'conll_ner.py', [file]);
  if (!report.ok) return broken(FORMAT, check, report.reason);
  if (report.value.error)
    return broken(FORMAT, check, `spaCy's converter raised ${report.value.error}`);
  const got: Record<string, number> = {};
  for (const doc of report.value.docs)
    for (const e of doc.ents) got[e.label] = (got[e.label] ?? 0) + 1;
  const counted = countsRow(check, got, truth);
  // spaCy takes a -DOCSTART- line other than its own `-DOCSTART- -X- O O` for a one-word
  // sentence (CoNLL-2003's `-DOCSTART- -X- -X- O` too); those words are not the file's tokens.
  const read = report.value.docs.flatMap((d) => d.words).filter((w) => w !== '-DOCSTART-');
  const at = words.findIndex((w, i) => read[i] !== w);
  if (at === -1 && read.length === words.length) return counted;
  const where = at === -1 ? words.length : at;
  return {
    ...counted,
    status: 'fail',
    mismatches: [
      ...counted.mismatches,
      `word ${where + 1}: spaCy read ${JSON.stringify(read[where] ?? '(none)')}, the file has ${JSON.stringify(words[where] ?? '(none)')}`,
    ],
  };
}

/** The file's tokens, in order. */
function originalWords(content: string, token: number): string[] {
  return tokenRows(content)
    .filter((row) => row.length > 0)
    .map((row) => row[token] ?? '');
}
