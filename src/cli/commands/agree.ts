import { getOwn } from '../../shared/collections';
import { matchModeSchema, type MatchMode, type Scores } from '../../shared/agreement';
import type { AgreementReport } from '../../shared/contract';
import { CliError } from '../cliError';
import { withWorkbench } from '../openWorkbench';
import { printJson, printLines } from '../output';
import type { ParsedArgs } from '../parsedArgs';
import { countOf } from '../../shared/text';

function matchOf(args: ParsedArgs): MatchMode {
  const value = args.string('match') ?? 'exact';
  const parsed = matchModeSchema.safeParse(value);
  if (!parsed.success)
    throw new CliError(`--match must be exact, overlap or token, not ${JSON.stringify(value)}`, 2);
  return parsed.data;
}

function annotatorsOf(args: ParsedArgs): string[] {
  const value = args.string('annotators');
  if (!value) throw new CliError('name the annotators to compare: --annotators A,B', 2);
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (new Set(names).size < 2)
    throw new CliError(
      `agreement compares two annotators or more: --annotators A,B (got ${JSON.stringify(value)})`,
      2,
    );
  return names;
}

/** A share as a fixed-width figure; '—' where it does not apply. */
function figure(value: number | null): string {
  if (value === null) return '     —';
  const fixed = value.toFixed(3);
  return (fixed === '-0.000' ? '0.000' : fixed).padStart(6);
}

function scoreRow(name: string, s: Scores): string {
  const counts = `${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
  return `  ${name.padEnd(14)} ${figure(s.precision)} ${figure(s.recall)} ${figure(s.f1)} ${counts}`;
}

/** Span F1 of every pair as a matrix (F1 does not depend on which of a pair is the reference). */
function pairMatrix(result: AgreementReport): string[] {
  const names = result.annotators;
  const f1 = new Map(result.pairs.map((p) => [p.annotators.join('\u0000'), p.spans.overall.f1]));
  const cell = (a: string, b: string) =>
    a === b ? '     —' : figure(f1.get(`${a}\u0000${b}`) ?? f1.get(`${b}\u0000${a}`) ?? null);
  return [
    'Pairwise span F1:',
    `  ${''.padEnd(14)} ${names.map((n) => n.slice(0, 6).padStart(6)).join(' ')}`,
    ...names.map((a) => `  ${a.padEnd(14)} ${names.map((b) => cell(a, b)).join(' ')}`),
  ];
}

/** Token-level figures of all annotators at once, per label, and each annotator's spans per label. */
function allAnnotators(result: AgreementReport): string[] {
  const t = result.tokens;
  if (!t) return [];
  const names = result.annotators;
  const spansOf = (n: string) => getOwn(t.distribution, n) ?? {};
  const labels = [...new Set(names.flatMap((n) => Object.keys(spansOf(n))))].sort();
  return [
    `All ${names.length} annotators, ${t.units} tokens: Fleiss' kappa ${figure(t.fleissKappa).trim()}, Krippendorff's alpha ${figure(t.krippendorffAlpha).trim()}`,
    `  ${'label'.padEnd(14)}  kappa  alpha  ${names.map((n) => n.slice(0, 6).padStart(6)).join(' ')}`,
    ...labels.map((label) => {
      const f = getOwn(t.byLabel, label);
      const counts = names.map((n) => String(getOwn(spansOf(n), label) ?? 0).padStart(6));
      return `  ${label.padEnd(14)} ${figure(f?.fleissKappa ?? null)} ${figure(f?.krippendorffAlpha ?? null)}  ${counts.join(' ')}`;
    }),
  ];
}

/** The result as a table for people to read. */
function table(result: AgreementReport, names: ReadonlyMap<string, string>): string[] {
  const [reference, candidate] = result.pairs[0]?.annotators ?? ['', ''];
  const lines = [
    `Spans (${result.match} match), ${candidate} against ${reference}:`,
    `  ${'label'.padEnd(14)}      P      R     F1    tp    fp    fn`,
    scoreRow('all', result.spans.overall),
    ...Object.entries(result.spans.byLabel).map(([label, s]) => scoreRow(label, s)),
  ];
  for (const [name, count] of Object.entries(result.skipped ?? {})) {
    lines.push(
      `  left out: ${countOf(count, 'document')} ${name} skipped (answered ignore or reject, or cancelled)`,
    );
  }
  for (const pair of result.pairs.slice(1)) {
    lines.push(
      `  ${pair.annotators[1]} against ${pair.annotators[0]}: F1 ${figure(pair.spans.overall.f1).trim()}`,
    );
  }
  const st = result.stances;
  lines.push('', ...pairMatrix(result), '', ...allAnnotators(result));
  lines.push(
    '',
    `Stances: ${countOf(st.units, 'unit')}; Cohen's kappa ${figure(st.cohenKappa).trim()}, Fleiss' kappa ${figure(st.fleissKappa).trim()}, Krippendorff's alpha ${figure(st.krippendorffAlpha).trim()}`,
    '',
    `Span boundaries, unitizing alpha: all ${figure(result.unitizing.overall).trim()}`,
    ...Object.entries(result.unitizing.byLabel).map(
      ([label, value]) => `  ${label.padEnd(14)} ${figure(value)}`,
    ),
    '',
    `Documents (F1, unitizing alpha):`,
    ...result.documents.map(
      (d) => `  ${figure(d.f1)} ${figure(d.unitizingAlpha)}  ${names.get(d.id) ?? d.id}`,
    ),
  );
  return lines;
}

/**
 * `loupe agree <dir> --annotators A,B[,C…] [--match exact|overlap|token] [--json]`: span,
 * stance and boundary agreement; the first annotator is the reference.
 */
export async function agreeCommand(args: ParsedArgs): Promise<void> {
  const annotators = annotatorsOf(args);
  const match = matchOf(args);
  const { result, documents } = await withWorkbench(
    args.positionals[0],
    'loupe agree',
    'read',
    async (workbench) => ({
      result: await workbench.agreement({
        annotators,
        match,
        includeRejected: args.flag('include-rejected'),
      }),
      documents: await workbench.listDocuments({}),
    }),
  );
  if (args.flag('json')) return printJson(result);
  const names = new Map(documents.map((d) => [d.id, d.name]));
  printLines(table(result, names));
}
