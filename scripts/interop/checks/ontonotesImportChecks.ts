import { readFile } from 'node:fs/promises';
import { runSteps } from '../loupeCli';
import { basename, join } from 'node:path';
import { alignedTags } from '../alignedTags';
import { CHECKOUT } from '../checkout';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { runConlleval } from '../conlleval';
import type { InteropContext } from '../interopContext';
import { runPython } from '../runPython';
import { entitiesInOrder, spacyEntities } from '../spacyDocs';
import type { SpacyDocs } from '../spacyDocs';

const FORMAT = 'CoNLL import, OntoNotes';
const FIXTURES = join(CHECKOUT, 'tests', 'fixtures', 'conll2012');

/** OntoNotes / CoNLL-2012 files with names (sources: tests/fixtures/conll2012/SOURCES.md). */
const FILES = ['cctv_0000.gold_conll', 'cnn_0115-tabs.gold_conll'] as const;

interface Names {
  readonly names: readonly { readonly label: string; readonly words: readonly string[] }[];
}
/**
 * Real OntoNotes files imported through the command line: the CoNLL export writes them back
 * byte for byte; exported as tokens and tags (`--scheme iob2`), spaCy's CoNLL-NER converter
 * reads the names the bracket column holds (label and words, in order, as a reader of the
 * CoNLL-2012 layout written apart from Loupe's, ontonotes_names.py, reads them), and
 * conlleval.pl counts as many phrases of each type.
 */
export async function ontonotesImportChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const rows: CheckResult[] = [];
  for (const file of FILES) rows.push(...(await checkFile(ctx, file)));
  return rows;
}

async function checkFile(ctx: InteropContext, file: string): Promise<CheckResult[]> {
  const checks = [
    `${file}: CoNLL export = the file, byte for byte`,
    `${file}: spaCy conll_ner_to_docs of the --scheme iob2 export = file's names`,
    `${file}: conlleval.pl phrases of the --scheme iob2 export = file's names`,
  ] as const;
  const project = join(ctx.work, 'ontonotes-import', file.replace(/\W+/g, '-'));
  const original = join(FIXTURES, file);
  const out = join(project, 'exports');
  const runs = [
    ['init', project],
    ['import', project, original, '--annotator', 'interop'],
    ['export', project, '--format', 'conll', '--annotator', 'interop', '--out', join(out, 'own')],
    [
      'export',
      project,
      '--format',
      'conll',
      '--annotator',
      'interop',
      '--scheme',
      'iob2',
      '--out',
      join(out, 'iob2'),
    ],
  ];
  const failed = await runSteps(ctx.loupe, runs);
  if (failed) return checks.map((check) => broken(FORMAT, check, failed));
  const source = await readFile(original, 'utf8');
  // Each export written back to a file of the name the file was read from.
  const own = await readFile(join(out, 'own', basename(file)), 'utf8');
  const plain = await readFile(join(out, 'iob2', basename(file)), 'utf8');
  const same = own === source;
  const first = [...source].findIndex((c, i) => own[i] !== c);
  const rows: CheckResult[] = [
    tallied(
      FORMAT,
      checks[0],
      'files',
      same ? 1 : 0,
      1,
      same ? [] : [`first difference at character ${first}`],
    ),
  ];
  const { python } = ctx;
  if (!python.ok) {
    const { reason } = python;
    return [...rows, ...checks.slice(1).map((c) => skipped(FORMAT, c, reason))];
  }
  const truth = await runPython<Names>(ctx.python, 'ontonotes_names.py', [original]);
  if (!truth.ok) return [...rows, ...checks.slice(1).map((c) => broken(FORMAT, c, truth.reason))];
  const expected = truth.value.names.map((n) => `${n.label} ${n.words.join(' ')}`);
  rows.push(await spacyRow(ctx, checks[1], join(out, 'iob2', basename(file)), expected));
  const tool = ctx.tools.conlleval;
  if (!tool.ok) return [...rows, skipped(FORMAT, checks[2], tool.reason)];
  const scored = await runConlleval(tool.path, alignedTags(plain, -1, plain, -1) ?? '');
  const perType: Record<string, number> = {};
  for (const n of truth.value.names) perType[n.label] = (perType[n.label] ?? 0) + 1;
  const mismatches: string[] = [];
  let agreed = 0;
  for (const label of new Set([...Object.keys(perType), ...Object.keys(scored.byType)])) {
    if ((scored.byType[label] ?? 0) === (perType[label] ?? 0)) agreed += perType[label] ?? 0;
    else
      mismatches.push(
        `${label}: conlleval.pl ${scored.byType[label] ?? 0}, the file ${perType[label] ?? 0}`,
      );
  }
  rows.push(tallied(FORMAT, checks[2], 'names', agreed, expected.length, mismatches));
  return rows;
}

async function spacyRow(
  ctx: InteropContext,
  check: string,
  file: string,
  expected: readonly string[],
): Promise<CheckResult> {
  const read = await runPython<SpacyDocs>(ctx.python, 'conll_ner.py', [file]);
  if (!read.ok) return broken(FORMAT, check, read.reason);
  if (read.value.error)
    return broken(FORMAT, check, `spaCy's converter raised ${read.value.error}`);
  const { agreed, mismatches } = entitiesInOrder(
    expected,
    spacyEntities(read.value),
    (place, file, spacy) => `name ${place}: the file ${file}, spaCy ${spacy}`,
  );
  return tallied(FORMAT, check, 'names', agreed, expected.length, mismatches);
}
