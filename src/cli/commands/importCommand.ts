import {
  IMPORT_FORMATS,
  IMPORT_SCHEMES,
  type ImportFormat,
  type ImportScheme,
  type ImportSummary,
} from '../../shared/contract/interchange';
import { WorkbenchError } from '../../shared/contract';
import { annotatorSchema } from '../../shared/model';
import { CliError } from '../cliError';
import { terminalMonitor } from '../monitorOf';
import { withWorkbench } from '../openWorkbench';
import { printJson, say } from '../output';
import { plainTextsOnly } from '../plainTextsOnly';
import { describeImport } from '../describeImport';
import type { ParsedArgs } from '../parsedArgs';
import { isOneOf } from '../../shared/collections';

const USAGE = `usage: loupe import <dir> <path>… [--format ${IMPORT_FORMATS.join('|')}] [--annotator NAME] [--scheme ${IMPORT_SCHEMES.join('|')}] [--tag-column N] [--tag-names O,B-PER,…] [--text-field NAME] [--text-column NAME] [--label-column NAME] [--skip-invalid] [--json]`;

/** `loupe import <dir> <path>… [--format auto|…] [--annotator NAME] [--scheme …] [--tag-column N] [--skip-invalid] [--json]`: all or nothing. */
export async function importCommand(args: ParsedArgs): Promise<void> {
  const [dir, ...paths] = args.positionals;
  if (!dir || paths.length === 0) throw new CliError(USAGE, 2);
  const columns = doccanoColumns(args);
  const requested = args.string('format') ?? 'auto';
  const format = requested === 'auto' && columns ? 'doccano' : requested;
  if (!isImportFormat(format))
    throw new CliError(
      `cannot import --format ${format}; use one of ${IMPORT_FORMATS.join(', ')}`,
      2,
    );
  const explicit = args.string('annotator');
  const checked = explicit === undefined ? null : annotatorSchema.safeParse(explicit);
  if (checked && !checked.success)
    throw new CliError(
      `--annotator ${JSON.stringify(explicit)}: ${checked.error.issues.map((issue) => issue.message).join('; ')}`,
      2,
    );
  const conll = conllOptions(args);
  const monitor = terminalMonitor('import');
  const options = {
    format,
    ...(explicit ? { annotator: explicit } : {}),
    skipInvalid: args.flag('skip-invalid'),
    ...conll,
    ...textFieldOption(args),
    ...columns,
  };
  let summary: ImportSummary;
  try {
    const textsOnly = format === 'txt' || (format === 'auto' && (await plainTextsOnly(paths)));
    summary = await withWorkbench(dir, 'loupe import', 'write', (workbench) =>
      textsOnly
        ? workbench.importTexts({ paths, skipInvalid: options.skipInvalid }, monitor)
        : workbench.importPaths({ paths, ...options }, monitor),
    );
  } catch (error) {
    if (error instanceof WorkbenchError && error.code === 'cancelled')
      throw new CliError(error.message, 130);
    if (error instanceof WorkbenchError && args.flag('json') && error.details?.problems)
      printJson({ ok: false, errors: error.details.problems });
    if (error instanceof WorkbenchError && error.code === 'no_annotator')
      throw new CliError(
        'these files hold annotations: pass --annotator NAME (no local annotator name is set)',
      );
    throw error;
  } finally {
    monitor.done();
  }
  if (args.flag('json')) printJson({ ok: true, ...jsonOf(summary) });
  for (const line of describeImport(summary)) say(line);
}

function isImportFormat(value: string): value is ImportFormat {
  return isOneOf(IMPORT_FORMATS, value);
}

/** `--scheme` and `--tag-column`, for CoNLL / IOB files. */
function conllOptions(args: ParsedArgs): {
  scheme?: ImportScheme;
  tagColumn?: number;
  tagNames?: string[];
} {
  const scheme = args.string('scheme');
  if (scheme !== undefined && !isOneOf(IMPORT_SCHEMES, scheme))
    throw new CliError(`--scheme ${scheme}: use one of ${IMPORT_SCHEMES.join(', ')}`, 2);
  const column = args.string('tag-column');
  const tagColumn = column === undefined ? undefined : Number(column);
  if (
    tagColumn !== undefined &&
    !(Number.isInteger(tagColumn) && tagColumn >= 1 && tagColumn <= 1000)
  )
    throw new CliError(`--tag-column ${column}: give the tag column's number, 1 for the first`, 2);
  const names = args.string('tag-names');
  const tagNames = names?.split(',').map((n) => n.trim());
  if (tagNames?.some((n) => n === ''))
    throw new CliError(
      `--tag-names ${names}: give the tag names in id order, comma-separated: O,B-PER,I-PER`,
      2,
    );
  return {
    ...(scheme === undefined ? {} : { scheme }),
    ...(tagColumn === undefined ? {} : { tagColumn }),
    ...(tagNames === undefined ? {} : { tagNames }),
  };
}

/** `--text-field NAME`: the `data` field holding each Label Studio task's text. */
function textFieldOption(args: ParsedArgs): { textField?: string } {
  const field = args.string('text-field');
  if (field === undefined) return {};
  if (field.trim() === '' || field.length > 200)
    throw new CliError(`--text-field ${JSON.stringify(field)}: give the name of a data field`, 2);
  return { textField: field };
}

/**
 * `--text-column NAME` and `--label-column NAME`: the columns (or JSON keys) of doccano's files
 * holding the text and the labels, as its import's `column_data` and `column_label` name them;
 * they imply `--format doccano`.
 */
function doccanoColumns(args: ParsedArgs): { textColumn?: string; labelColumn?: string } | null {
  const text = args.string('text-column');
  const label = args.string('label-column');
  if (text === undefined && label === undefined) return null;
  const format = args.string('format') ?? 'auto';
  if (format !== 'auto' && format !== 'doccano')
    throw new CliError(
      `--text-column and --label-column name doccano's columns (its column_data and column_label); they do not apply to --format ${format}`,
      2,
    );
  columnName('--text-column', text);
  columnName('--label-column', label);
  return {
    ...(text === undefined ? {} : { textColumn: text }),
    ...(label === undefined ? {} : { labelColumn: label }),
  };
}

function columnName(option: string, value: string | undefined): void {
  if (value !== undefined && (value.trim() === '' || value.length > 200))
    throw new CliError(`${option} ${JSON.stringify(value)}: give the name of a column`, 2);
}

/** The summary, plus the added and already-present documents in the shape scripts used before. */
function jsonOf(summary: ImportSummary): object {
  return {
    ...summary,
    added: summary.documents
      .filter((d) => d.outcome !== 'attached')
      .map((d) => ({ id: d.documentId, name: d.name })),
    duplicates: summary.documents
      .filter((d) => d.outcome === 'attached' && d.spans + d.stances === 0)
      .map((d) => ({ file: d.name, documentId: d.documentId })),
  };
}
