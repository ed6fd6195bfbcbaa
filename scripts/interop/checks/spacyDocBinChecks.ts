import { readFile } from 'node:fs/promises';
import { runSteps } from '../loupeCli';
import { join } from 'node:path';
import { broken, skipped, tallied } from '../checkResult';
import { compareInOrder } from '../compareInOrder';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import type { PythonSetup } from '../pythonEnv';
import { iobGold } from '../iobGold';
import { matchDocuments } from '../matchDocuments';
import { runPython } from '../runPython';
import { sliceCodePoints } from '../sliceCodePoints';
import { exportWithLabels } from './exportWithLabels';

interface Mention {
  readonly text: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}
interface SpacyDoc {
  readonly text: string;
  readonly ents: readonly Mention[];
  readonly spans: Readonly<Record<string, readonly Mention[]>>;
  readonly cats: Readonly<Record<string, number>>;
}
interface DocBinReport {
  readonly files: readonly { readonly docs: readonly SpacyDoc[]; readonly error: string | null }[];
}

const FORMAT = 'spaCy DocBin';
const EXPORT_ENTS = 'DocBin().from_disk(export).get_docs: Doc entities = gold (text, label, order)';
const IMPORT_SPANS =
  "spaCy-made DocBin: entities and span group spans = Loupe's import (text, label, order)";
const TWO_FILES =
  'spaCy-made train.spacy + dev.spacy imported, exported: both files, spaCy reads each one as made';
const ROUND_TRIP =
  'spaCy-made DocBin imported, exported as .spacy: spaCy reads the same ents, spans, cats';

/**
 * spaCy's DocBin (`.spacy`) both ways, with spaCy itself (python/spacy_docbin.py): Loupe's
 * export of the gold loads with `DocBin().from_disk(…).get_docs(…)` into Docs whose entities
 * are the gold's, in order; a DocBin spaCy made of our own sentences (entities, span groups,
 * cats, several docs) imports into the spans spaCy reads from it, and Loupe's `.spacy` export
 * of that import gives spaCy the same entities, span groups and cats again; two files it made
 * imported together come back as two (see `spacyDocBinFilesCheck`).
 */
export async function spacyDocBinChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const { row, exported } = await exportWithLabels(ctx, FORMAT, 'spacy');
  const file = exported.ok ? exported.files[0] : undefined;
  const python = ctx.python;
  const checks = [EXPORT_ENTS, IMPORT_SPANS, ROUND_TRIP, TWO_FILES];
  if (!python.ok) return [row, ...checks.map((c) => skipped(FORMAT, c, python.reason))];
  const made = join(ctx.work, 'spacy-docbin', 'made.spacy');
  const report = await runPython<DocBinReport>(python, 'spacy_docbin.py', ['make', made]);
  const fromExport = file
    ? await runPython<DocBinReport>(python, 'spacy_docbin.py', ['read', file])
    : null;
  const exportRow =
    !fromExport || !fromExport.ok
      ? broken(
          FORMAT,
          EXPORT_ENTS,
          fromExport?.reason ?? (exported.ok ? 'the export wrote no file' : exported.reason),
        )
      : exportCheck(ctx, fromExport.value.files[0]);
  if (!report.ok)
    return [row, exportRow, ...checks.slice(1).map((c) => broken(FORMAT, c, report.reason))];
  const spacyDocs = report.value.files[0]?.docs ?? [];
  const imported = await importMade(ctx, made);
  if (typeof imported === 'string')
    return [row, exportRow, ...checks.slice(1).map((c) => broken(FORMAT, c, imported))];
  const back = await runPython<DocBinReport>(python, 'spacy_docbin.py', [
    'read',
    imported.exported,
  ]);
  return [
    row,
    exportRow,
    importCheck(spacyDocs, imported.spans),
    back.ok
      ? roundTripCheck(spacyDocs, back.value.files[0]?.docs ?? [])
      : broken(FORMAT, ROUND_TRIP, back.reason),
    await spacyDocBinFilesCheck(ctx, python),
  ];
}

function exportCheck(
  ctx: InteropContext,
  read: DocBinReport['files'][number] | undefined,
): CheckResult {
  if (!read || read.error) return broken(FORMAT, EXPORT_ENTS, read?.error ?? 'spaCy read no file');
  const match = matchDocuments(ctx.gold, read.docs, (d) => d.text);
  const mismatches = [...match.unmatched];
  let same = 0;
  for (const [gold, doc] of match.pairs) {
    const expected = iobGold(gold).map((s) => ({ text: s.text, label: s.label }));
    same += compareInOrder(gold.name, expected, doc.ents, mismatches, 'mention');
  }
  const total = ctx.gold.reduce((n, doc) => n + iobGold(doc).length, 0);
  return tallied(FORMAT, EXPORT_ENTS, 'entities', same, total, mismatches);
}

/** Imports spaCy's file into a project of its own, exports it as spans JSONL and as `.spacy`. */
async function importMade(
  ctx: InteropContext,
  made: string,
): Promise<{ spans: Map<string, Mention[]>; exported: string } | string> {
  const project = join(ctx.work, 'spacy-docbin', 'project');
  const spans = join(project, 'exports', 'spans');
  const back = join(project, 'exports', 'back.spacy');
  const runs = [
    ['init', project],
    ['import', project, made, '--annotator', 'interop'],
    ['export', project, '--format', 'spans-jsonl', '--annotator', 'interop', '--out', spans],
    ['export', project, '--format', 'spacy', '--annotator', 'interop', '--out', back],
  ];
  const failed = await runSteps(ctx.loupe, runs);
  if (failed) return failed;
  return { spans: await loupeSpans(join(spans, 'spans.jsonl')), exported: back };
}

/** spaCy's entities and span group spans of each Doc, by offsets, against the spans Loupe imported. */
function importCheck(
  docs: readonly SpacyDoc[],
  imported: ReadonlyMap<string, Mention[]>,
): CheckResult {
  const mismatches: string[] = [];
  let same = 0;
  let total = 0;
  for (const doc of docs) {
    const expected = sorted([...doc.ents, ...Object.values(doc.spans).flat()]);
    total += expected.length;
    const got = imported.get(doc.text);
    if (!got) {
      mismatches.push(`${JSON.stringify(doc.text.slice(0, 40))}: not among Loupe's documents`);
      continue;
    }
    same += compareInOrder(doc.text.slice(0, 30), expected, sorted(got), mismatches, 'mention');
  }
  return tallied(FORMAT, IMPORT_SPANS, 'spans', same, total, mismatches);
}

/** spaCy's Docs of Loupe's export of its own file: the same texts, entities, span groups and cats. */
function roundTripCheck(made: readonly SpacyDoc[], back: readonly SpacyDoc[]): CheckResult {
  const mismatches: string[] = [];
  let same = 0;
  for (const [i, doc] of made.entries()) {
    const other = back.find((d) => d.text === doc.text);
    if (other && JSON.stringify(inOrder(other)) === JSON.stringify(inOrder(doc))) same++;
    else
      mismatches.push(
        `doc ${i}: spaCy read ${other ? JSON.stringify(other).slice(0, 300) : 'no Doc of its text'}, made ${JSON.stringify(doc).slice(0, 300)}`,
      );
  }
  if (back.length !== made.length)
    mismatches.push(`spaCy read ${back.length} Docs, made ${made.length}`);
  return tallied(FORMAT, ROUND_TRIP, 'docs', same, made.length, mismatches);
}

/** A Doc with each span group's spans in text order: Loupe keeps spans by position, not in a group's own order. */
function inOrder(doc: SpacyDoc): SpacyDoc {
  const spans = Object.fromEntries(Object.entries(doc.spans).map(([k, g]) => [k, sorted(g)]));
  return { ...doc, spans };
}

function sorted(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label),
  );
}

/** Each document's spans by its text, from Loupe's spans JSONL. */
async function loupeSpans(path: string): Promise<Map<string, Mention[]>> {
  const byText = new Map<string, Mention[]>();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as {
      text: string;
      spans: { start: number; end: number; label: string }[];
    };
    byText.set(
      record.text,
      record.spans.map((s) => ({ ...s, text: sliceCodePoints(record.text, s.start, s.end) })),
    );
  }
  return byText;
}

/** The files spaCy makes and Loupe is to write back, in this order. */
const NAMES = ['train.spacy', 'dev.spacy'] as const;

/**
 * Two DocBins spaCy made (python/spacy_docbin.py) imported into one project and exported as
 * `.spacy`: the export holds a file of each name, and spaCy's `DocBin().from_disk` reads from
 * each the texts and entities it made in it, in order.
 */
async function spacyDocBinFilesCheck(
  ctx: InteropContext,
  python: PythonSetup,
): Promise<CheckResult> {
  const folder = join(ctx.work, 'spacy-docbin', 'two-files');
  const made = await runPython<DocBinReport>(python, 'spacy_docbin.py', [
    'make',
    ...NAMES.map((name) => join(folder, 'in', name)),
  ]);
  if (!made.ok) return broken(FORMAT, TWO_FILES, made.reason);
  const project = join(folder, 'project');
  const out = join(folder, 'out');
  const failed = await runSteps(ctx.loupe, [
    ['init', project],
    ['import', project, join(folder, 'in'), '--annotator', 'interop'],
    ['export', project, '--format', 'spacy', '--annotator', 'interop', '--out', out],
  ]);
  if (failed) return broken(FORMAT, TWO_FILES, failed);
  const back = await runPython<DocBinReport>(python, 'spacy_docbin.py', [
    'read',
    ...NAMES.map((name) => join(out, name)),
  ]);
  if (!back.ok) return broken(FORMAT, TWO_FILES, back.reason);
  const mismatches: string[] = [];
  let same = 0;
  for (const [i, name] of NAMES.entries()) {
    const read = back.value.files[i];
    const expected = JSON.stringify(made.value.files[i]?.docs.map(textAndEnts));
    if (read?.error) mismatches.push(`${name}: ${read.error}`);
    else if (JSON.stringify(read?.docs.map(textAndEnts)) === expected) same++;
    else mismatches.push(`${name}: spaCy read ${JSON.stringify(read?.docs).slice(0, 300)}`);
  }
  return tallied(FORMAT, TWO_FILES, 'files', same, NAMES.length, mismatches);
}

function textAndEnts(doc: SpacyDoc): Pick<SpacyDoc, 'text' | 'ents'> {
  return { text: doc.text, ents: doc.ents };
}
