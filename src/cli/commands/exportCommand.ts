import { basename, resolve } from 'node:path';
import {
  EXPORT_FORMATS,
  EXPORT_SCHEMES,
  LAYERED_EXPORT_FORMATS,
  STANCE_COLUMN_SETS,
  type ExportFormat,
} from '../../shared/contract/interchange';
import { annotatorSchema, GOLD } from '../../shared/model';
import { exportTotals, WorkbenchError } from '../../shared/contract';
import { UserSettingsFile } from '../../node';
import { CliError } from '../cliError';
import { adjustedLines, OVERLAP_POLICIES, type OverlapPolicy } from '../../shared/formats';
import { terminalMonitor } from '../monitorOf';
import { withWorkbench } from '../openWorkbench';
import { printJson, say } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { isOneOf } from '../../shared/collections';

const USAGE = `usage: loupe export <dir> --format ${EXPORT_FORMATS.join('|')} --out PATH [--annotator NAME | --gold | --annotators A,B,…] [--only-done] [--split 80/10/10 --seed N] [--labels A,B,…] [--overlaps error|longest|first] [--scheme ${EXPORT_SCHEMES.join('|')}] [--columns ${STANCE_COLUMN_SETS.join('|')}] [--tokens] [--include-rejected] [--allow-empty] [--json]; --allow-empty: write an export, or a split's part, that holds no annotation (refused otherwise); spans-jsonl --tokens: tokens and token indices in every record, as Prodigy's ner_manual tasks have them (by default a record goes back with the keys it came with); doccano --annotators A,B: these layers together, each annotation with its user (a record several of them hold written once, as doccano 1.x writes a record of several users); labelstudio --annotators A,B: these layers' annotations together in each task, each with its own completed_by, ids and fields, beside the task's predictions (a task several people annotated comes back whole; unedited, as it was); a one-layer export counts the other annotators' annotations of its tasks it leaves out; spans-jsonl --annotators A,B: each layer's record of a document, as a Prodigy export of several annotators' sessions has them, in the order they were read; stance-tsv --columns semeval: exactly ID<Tab>Target<Tab>Tweet<Tab>Stance, what SemEval-2016 Task 6's eval.pl reads, for any layer; auto (default): a table read from one file goes back in its own header, delimiter and row order, other stances in Loupe's columns (ID Target Tweet Stance Holder Document)`;

/** `loupe export <dir> --format F --out PATH [--annotator NAME | --gold] [--only-done] [--split 80/10/10 --seed N] [--labels A,B] [--overlaps error|longest|first] [--scheme iob1|iob2|bioes|bilou|io] [--json]`. */
export async function exportCommand(args: ParsedArgs): Promise<void> {
  const [dir, extra] = args.positionals;
  const format = args.string('format');
  const out = args.string('out');
  if (!dir || extra !== undefined || !format || !out) throw new CliError(USAGE, 2);
  if (!isExportFormat(format))
    throw new CliError(
      `cannot export --format ${format}; use one of ${EXPORT_FORMATS.join(', ')}`,
      2,
    );
  const layers = await layersOf(args);
  const [annotator = ''] = layers;
  if (layers.length > 1 && !LAYERED_EXPORT_FORMATS.includes(format))
    throw new CliError(
      `--annotators applies to --format ${LAYERED_EXPORT_FORMATS.slice(0, -1).join(', ')} and ${LAYERED_EXPORT_FORMATS.at(-1) ?? ''} only, not ${format}: export each layer on its own`,
      2,
    );
  const seedText = args.string('seed');
  if (seedText !== undefined && !/^-?\d+$/.test(seedText))
    throw new CliError(`--seed takes an integer, not ${JSON.stringify(seedText)}`, 2);
  const split = args.string('split');
  if (seedText !== undefined && split === undefined)
    throw new CliError('--seed goes with --split', 2);
  const labels = labelsOf(args.string('labels'));
  const overlaps = args.string('overlaps');
  if (overlaps !== undefined && !isOverlapPolicy(overlaps))
    throw new CliError(
      `--overlaps takes error, longest or first, not ${JSON.stringify(overlaps)}`,
      2,
    );
  const scheme = args.string('scheme');
  if (scheme !== undefined && !isOneOf(EXPORT_SCHEMES, scheme))
    throw new CliError(`--scheme ${scheme}: use one of ${EXPORT_SCHEMES.join(', ')}`, 2);
  if (scheme !== undefined && format !== 'conll')
    throw new CliError(`--scheme applies to --format conll only, not ${format}`, 2);
  const columns = args.string('columns');
  if (columns !== undefined && !isOneOf(STANCE_COLUMN_SETS, columns))
    throw new CliError(`--columns ${columns}: use one of ${STANCE_COLUMN_SETS.join(', ')}`, 2);
  if (columns !== undefined && format !== 'stance-tsv')
    throw new CliError(`--columns applies to --format stance-tsv only, not ${format}`, 2);
  const tokens = args.flag('tokens');
  if (tokens && format !== 'spans-jsonl')
    throw new CliError(`--tokens applies to --format spans-jsonl only, not ${format}`, 2);
  const monitor = terminalMonitor('export');
  try {
    const exported = await withWorkbench(dir, 'loupe export', 'read', (workbench) =>
      workbench.exportTo(
        {
          format,
          annotator,
          ...(layers.length > 1 ? { annotators: layers } : {}),
          out,
          onlyDone: args.flag('only-done'),
          includeRejected: args.flag('include-rejected'),
          ...(split === undefined ? {} : { split }),
          ...(seedText === undefined ? {} : { seed: Number(seedText) }),
          ...(labels ? { labels } : {}),
          ...(overlaps === undefined ? {} : { overlaps }),
          ...(scheme === undefined ? {} : { scheme }),
          ...(columns === undefined ? {} : { columns }),
          ...(tokens ? { tokens } : {}),
          ...(args.flag('allow-empty') ? { allowEmpty: true } : {}),
        },
        monitor,
      ),
    );
    const { summary } = exported;
    const written = exported.files.map((f) => f.path);
    if (args.flag('json')) printJson({ ok: true, ...summary, files: written });
    say(
      `Exported ${exportTotals(summary, { stances: true })} of ${layers.join(', ')} as ${format} to ${whereWritten(out, exported.out, written)}.`,
    );
    // What was lost, apart from what was written otherwise than it was.
    for (const warning of summary.warnings) say(`  not written: ${warning}`);
    for (const note of summary.notes) say(`  written otherwise: ${note}`);
    const adjusted = adjustedLines(summary);
    if (adjusted.length > 0)
      say(`  spans moved off whitespace or left out (${summary.adjustedTotal}):`);
    for (const line of adjusted) say(`    ${line}`);
  } catch (error) {
    if (error instanceof WorkbenchError && error.code === 'cancelled')
      throw new CliError(error.message, 130);
    // An export of nothing (no such layer, nothing done, no stances) is the project's state, not a usage error.
    if (error instanceof WorkbenchError && error.details?.nothingToExport === true)
      throw new CliError(error.message, 1);
    if (error instanceof WorkbenchError && error.code === 'invalid_request')
      throw new CliError(error.message, 2);
    throw error;
  } finally {
    monitor.done();
  }
}

/**
 * Where an export went: its one file, the files of a split named as one file (written beside
 * that name: `x.train.spacy, x.dev.spacy, x.test.spacy in /tmp`), else the folder and its count.
 */
function whereWritten(out: string, folder: string | null, written: readonly string[]): string {
  if (written.length === 1) return written[0] ?? out;
  if (folder === null || folder === resolve(out)) return `${out} (${written.length} files)`;
  return `${written.map((path) => basename(path)).join(', ')} in ${folder}`;
}

function isExportFormat(value: string): value is ExportFormat {
  return isOneOf(EXPORT_FORMATS, value);
}

/** `--annotators A,B,…` (doccano, Label Studio, spans JSONL), else the one layer {@link layerOf} names. */
async function layersOf(args: ParsedArgs): Promise<string[]> {
  const several = args.string('annotators');
  if (several === undefined) return [await layerOf(args)];
  if (args.flag('gold') || args.string('annotator') !== undefined)
    throw new CliError('give --annotators A,B or --annotator NAME or --gold, not more than one', 2);
  const names = [...new Set(several.split(',').map((name) => name.trim()))];
  const wrong = names.find((name) => !annotatorSchema.safeParse(name).success);
  if (wrong !== undefined)
    throw new CliError(`--annotators: ${JSON.stringify(wrong)} is not a valid annotator name`, 2);
  return names;
}

/** `--gold`, `--annotator NAME`, else the local user. */
async function layerOf(args: ParsedArgs): Promise<string> {
  const named = args.string('annotator');
  if (args.flag('gold') && named !== undefined)
    throw new CliError('give --annotator NAME or --gold, not both', 2);
  if (args.flag('gold')) return GOLD;
  if (named !== undefined) {
    if (!annotatorSchema.safeParse(named).success)
      throw new CliError(`--annotator ${JSON.stringify(named)} is not a valid annotator name`, 2);
    return named;
  }
  const local = (await UserSettingsFile.load()).value.annotator;
  if (!local) throw new CliError('say whose annotations to export: --annotator NAME or --gold', 2);
  return local;
}

/** `--labels A,B` as a list; an empty name is an error. */
function labelsOf(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const labels = text.split(',').map((l) => l.trim());
  if (labels.some((l) => l === ''))
    throw new CliError(
      `--labels takes label names separated by commas, not ${JSON.stringify(text)}`,
      2,
    );
  return labels;
}

function isOverlapPolicy(value: string): value is OverlapPolicy {
  return isOneOf(OVERLAP_POLICIES, value);
}
