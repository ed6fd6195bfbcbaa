import { basename, join } from 'node:path';
import { runSteps } from '../loupeCli';
import { CHECKOUT } from '../checkout';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import { runPython } from '../runPython';
import { entitiesInOrder, spacyEntities } from '../spacyDocs';
import type { SpacyDocs } from '../spacyDocs';

const FORMAT = 'CoNLL import, word|POS|tag';
const FIXTURES = join(CHECKOUT, 'tests', 'fixtures', 'piped');

/** Sentence-per-line files (sources: tests/fixtures/piped/SOURCES.md). */
const FILES = [
  'wikiner-en-wp2-head.iob',
  'spacy-iob-samples.iob',
  'spacy-iob-pos-samples.iob',
] as const;

/**
 * Files of one sentence per line, tokens tagged inline: spaCy's own `iob` converter reads
 * the original and Loupe's CoNLL export of what Loupe imported (written back inline, as it
 * came); both give the same entities, in order (label and words).
 */
export async function pipedImportChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const rows: CheckResult[] = [];
  for (const file of FILES) rows.push(await checkFile(ctx, file));
  return rows;
}

async function checkFile(ctx: InteropContext, file: string): Promise<CheckResult> {
  const check = `${file}: spaCy iob entities = spaCy iob's reading of the CoNLL export`;
  if (!ctx.python.ok) return skipped(FORMAT, check, ctx.python.reason);
  const project = join(ctx.work, 'piped-import', file.replace(/\W+/g, '-'));
  const out = join(project, 'exports', 'conll');
  const runs = [
    ['init', project],
    ['import', project, join(FIXTURES, file), '--annotator', 'interop'],
    ['export', project, '--format', 'conll', '--annotator', 'interop', '--out', out],
  ];
  const failed = await runSteps(ctx.loupe, runs);
  if (failed) return broken(FORMAT, check, failed);
  const truth = await runPython<SpacyDocs>(ctx.python, 'conll_ner.py', [
    '--iob',
    join(FIXTURES, file),
  ]);
  // Loupe writes such a file back inline, a sentence per line: spaCy's iob converter reads it too.
  const read = await runPython<SpacyDocs>(ctx.python, 'conll_ner.py', [
    '--iob',
    join(out, basename(file)), // written back to a file of its name
  ]);
  for (const r of [truth, read]) if (!r.ok) return broken(FORMAT, check, r.reason);
  if (!truth.ok || !read.ok) return broken(FORMAT, check, 'spaCy did not answer');
  const error = truth.value.error ?? read.value.error;
  if (error) return broken(FORMAT, check, `spaCy's converter raised ${error}`);
  const expected = spacyEntities(truth.value);
  const { agreed, mismatches } = entitiesInOrder(
    expected,
    spacyEntities(read.value),
    (place, iob, exported) => `entity ${place}: spaCy iob ${iob}, export ${exported}`,
  );
  return tallied(FORMAT, check, 'entities', agreed, expected.length, mismatches);
}
