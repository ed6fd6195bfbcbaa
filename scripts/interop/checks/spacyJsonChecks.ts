import { readFile } from 'node:fs/promises';
import { runSteps } from '../loupeCli';
import { join } from 'node:path';
import { CHECKOUT } from '../checkout';
import { broken, skipped, tallied } from '../checkResult';
import { compareInOrder } from '../compareInOrder';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import { iobGold } from '../iobGold';
import { matchDocuments } from '../matchDocuments';
import { runPython } from '../runPython';
import { sliceCodePoints } from '../sliceCodePoints';
import { exportWithLabels } from './exportWithLabels';

interface Entity {
  readonly text: string;
  readonly label: string;
}
interface SpacyDoc {
  readonly text: string;
  readonly ents: readonly Entity[];
}
interface ConvertReport {
  readonly files: readonly { readonly docs: readonly SpacyDoc[]; readonly error: string | null }[];
}

const FORMAT = 'spaCy JSON';
const EXPORT_ENTS = 'spacy convert --converter json: Doc entities = gold (text, label, order)';
const IMPORT_ENTS = "real files: spacy convert's entities = Loupe's import (text, label, order)";

/** Real spaCy v2 training files (tests/fixtures/spacy-json/SOURCES.md). */
const REAL = join(CHECKOUT, 'tests', 'fixtures', 'spacy-json');
const REAL_FILES = ['training-data.json', 'ner-sent-per-line.json', 'cooking.json'];

/**
 * spaCy's JSON training format both ways, read by what spaCy v3's `spacy convert --converter
 * json` runs (one Python run for all files): Loupe's export gives Docs whose entities are the
 * gold's, in order; and spaCy's real example files give Docs whose entities are the spans Loupe
 * imported of each paragraph.
 */
export async function spacyJsonChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const { row, exported } = await exportWithLabels(ctx, FORMAT, 'spacy-json');
  const file = exported.ok ? exported.files[0] : undefined;
  const python = ctx.python;
  if (!python.ok)
    return [row, ...[EXPORT_ENTS, IMPORT_ENTS].map((c) => skipped(FORMAT, c, python.reason))];
  const imported = await importReal(ctx);
  const paths = [...REAL_FILES.map((f) => join(REAL, f)), ...(file ? [file] : [])];
  const report = await runPython<ConvertReport>(python, 'spacy_json.py', [
    join(ctx.work, 'spacy-json', 'converted'),
    ...paths,
  ]);
  if (!report.ok)
    return [row, ...[EXPORT_ENTS, IMPORT_ENTS].map((c) => broken(FORMAT, c, report.reason))];
  const [training, ner, cooking, fromExport] = report.value.files;
  const exportRow = !file
    ? broken(FORMAT, EXPORT_ENTS, exported.ok ? 'the export wrote no file' : exported.reason)
    : exportCheck(ctx, fromExport);
  const importRow =
    typeof imported === 'string'
      ? broken(FORMAT, IMPORT_ENTS, imported)
      : await importCheck(imported, [training, ner, cooking]);
  return [row, exportRow, importRow];
}

type Converted = ConvertReport['files'][number] | undefined;

function exportCheck(ctx: InteropContext, converted: Converted): CheckResult {
  if (!converted || converted.error)
    return broken(FORMAT, EXPORT_ENTS, converted?.error ?? 'spaCy read no file');
  const match = matchDocuments(ctx.gold, converted.docs, (d) => d.text);
  const mismatches = [...match.unmatched];
  let same = 0;
  for (const [gold, doc] of match.pairs) {
    const expected = iobGold(gold).map((s) => ({ text: s.text, label: s.label }));
    same += compareInOrder(gold.name, expected, doc.ents, mismatches);
  }
  const total = ctx.gold.reduce((n, doc) => n + iobGold(doc).length, 0);
  return tallied(FORMAT, EXPORT_ENTS, 'entities', same, total, mismatches);
}

/** Imports the real files into a project of their own; each document's entities by name, or why not. */
async function importReal(ctx: InteropContext): Promise<Map<string, Entity[]> | string> {
  const project = join(ctx.work, 'spacy-json', 'project');
  const out = join(project, 'exports', 'spans');
  const files = REAL_FILES.map((f) => join(REAL, f));
  const runs = [
    ['init', project],
    ['import', project, ...files, '--annotator', 'interop'],
    ['export', project, '--format', 'spans-jsonl', '--annotator', 'interop', '--out', out],
  ];
  const failed = await runSteps(ctx.loupe, runs);
  if (failed) return failed;
  return loupeEntities(join(out, 'spans.jsonl'));
}

/** spaCy's Docs of each real file, paragraph by paragraph, against the spans Loupe imported. */
async function importCheck(
  imported: ReadonlyMap<string, Entity[]>,
  converted: readonly Converted[],
): Promise<CheckResult> {
  const mismatches: string[] = [];
  let same = 0;
  let total = 0;
  for (const [f, name] of REAL_FILES.entries()) {
    const report = converted[f];
    if (!report || report.error) {
      mismatches.push(`${name}: ${report?.error ?? 'not converted'}`);
      continue;
    }
    const names = await paragraphNames(join(REAL, name));
    if (names.length !== report.docs.length)
      mismatches.push(
        `${name}: spaCy made ${report.docs.length} Docs of ${names.length} paragraphs`,
      );
    for (const [i, doc] of report.docs.entries()) {
      const paragraph = names[i] ?? `${name} #${i}`;
      total += doc.ents.length;
      const loupe = imported.get(paragraph);
      if (!loupe) {
        mismatches.push(`${paragraph}: not among Loupe's documents`);
        continue;
      }
      same += compareInOrder(paragraph, doc.ents, loupe, mismatches);
    }
  }
  return tallied(FORMAT, IMPORT_ENTS, 'entities', same, total, mismatches);
}

/** The names Loupe gives a file's paragraphs (file stem, document id, paragraph index), in file order. */
async function paragraphNames(path: string): Promise<string[]> {
  const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '');
  const docs = JSON.parse(await readFile(path, 'utf8')) as { id: unknown; paragraphs: unknown[] }[];
  return docs.flatMap((doc, d) =>
    doc.paragraphs.map(
      (_, p) =>
        `${stem}-${typeof doc.id === 'number' || typeof doc.id === 'string' ? doc.id : d}-${p}`,
    ),
  );
}

/** Each document's spans (covered text, label) in order, by its name, from Loupe's spans JSONL. */
async function loupeEntities(path: string): Promise<Map<string, Entity[]>> {
  const byName = new Map<string, Entity[]>();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as {
      text: string;
      spans: { start: number; end: number; label: string }[];
      meta: { name: string };
    };
    const spans = [...record.spans].sort((a, b) => a.start - b.start || a.end - b.end);
    byName.set(
      record.meta.name,
      spans.map((s) => ({ text: sliceCodePoints(record.text, s.start, s.end), label: s.label })),
    );
  }
  return byName;
}
