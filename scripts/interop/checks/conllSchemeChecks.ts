import { readFile } from 'node:fs/promises';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { runConlleval } from '../conlleval';
import { exportProject } from '../exportProject';
import type { GoldDocument, GoldSpan } from '../goldDocument';
import type { InteropContext } from '../interopContext';
import { IOB_LABELS, iobGold } from '../iobGold';
import { matchDocuments } from '../matchDocuments';
import { pasteNerColumn } from '../pasteNerColumn';
import { reimport } from '../reimport';
import { sliceCodePoints } from '../sliceCodePoints';

const FORMAT = 'CoNLL --scheme';
const SCHEMES = ['iob1', 'iob2', 'bioes'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * `loupe export --format conll --scheme S` for IOB1, IOB2 and BIOES: conlleval.pl reads each
 * export gold vs gold at 100% with the gold's chunks per type, and `loupe import --format
 * conll --scheme S` reads each back to the gold entities, document by document.
 */
export async function conllSchemeChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const rows: CheckResult[] = [];
  for (const scheme of SCHEMES) rows.push(...(await checkScheme(ctx, scheme)));
  return rows;
}

async function checkScheme(ctx: InteropContext, scheme: Scheme): Promise<CheckResult[]> {
  const checks = [
    `${scheme}: conlleval.pl gold vs gold 100%, chunks = gold${scheme === 'bioes' ? ' (touching pairs of a type as one: no S rule)' : ''}`,
    `${scheme}: re-import --scheme ${scheme} = gold entities`,
  ] as const;
  const exported = await exportProject(ctx, 'conll', `conll-${scheme}`, [
    '--labels',
    IOB_LABELS.join(','),
    '--scheme',
    scheme,
  ]);
  const file = exported.ok ? exported.files[0] : undefined;
  if (!exported.ok || !file) {
    const reason = exported.ok ? 'the export wrote no file' : exported.reason;
    return checks.map((check) => broken(FORMAT, check, reason));
  }
  return [
    await conllevalRow(ctx, checks[0], scheme, await readFile(file, 'utf8')),
    await reimportRow(ctx, checks[1], scheme, file),
  ];
}

async function conllevalRow(
  ctx: InteropContext,
  check: string,
  scheme: Scheme,
  content: string,
): Promise<CheckResult> {
  const tool = ctx.tools.conlleval;
  if (!tool.ok) return skipped(FORMAT, check, tool.reason);
  const expected = expectedChunks(ctx.gold, scheme);
  const total = [...expected.values()].reduce((n, c) => n + c, 0);
  const report = await runConlleval(tool.path, pasteNerColumn(content));
  const said = report.output.trim().split('\n').slice(0, 2).join(' / ');
  const mismatches: string[] = [];
  if (report.code !== 0 || report.accuracy !== 100 || report.fb1 !== 100)
    mismatches.push(`conlleval.pl: ${said}`);
  for (const label of new Set([...expected.keys(), ...Object.keys(report.byType)]))
    if ((report.byType[label] ?? 0) !== (expected.get(label) ?? 0))
      mismatches.push(
        `conlleval.pl counted ${report.byType[label] ?? 0} ${label} chunks, expected ${expected.get(label) ?? 0}`,
      );
  return tallied(FORMAT, check, 'chunks', report.correct ?? 0, total, mismatches);
}

/**
 * The chunks conlleval.pl must count, by type: the gold's entities, less, in BIOES, one for
 * each entity that touches the one before of its type (nothing but spaces between, in one
 * line): conlleval.pl has no rule for `S`, nor for `E` or `S` followed by `B` or `S`, so it
 * reads the two as one chunk (`E-GPE S-GPE`, "Iraq Iran").
 */
function expectedChunks(gold: readonly GoldDocument[], scheme: Scheme): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of gold) {
    let previous: GoldSpan | undefined;
    for (const span of iobGold(doc)) {
      const joined = scheme === 'bioes' && previous && touches(doc.text, previous, span);
      if (!joined) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
      previous = span;
    }
  }
  return counts;
}

function touches(text: string, a: GoldSpan, b: GoldSpan): boolean {
  return a.label === b.label && /^[ \t\u00a0]*$/u.test(sliceCodePoints(text, a.end, b.start));
}

/**
 * Entities as `LABEL characters`, whitespace left out: a CoNLL import rebuilds the text from
 * the tokens joined by spaces ("Abdul-Mahdi", three tokens, comes back "Abdul - Mahdi").
 */
function entitiesOf(text: string, spans: readonly { label: string; start: number; end: number }[]) {
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => `${s.label} ${sliceCodePoints(text, s.start, s.end).replace(/\s+/gu, '')}`);
}

async function reimportRow(
  ctx: InteropContext,
  check: string,
  scheme: Scheme,
  file: string,
): Promise<CheckResult> {
  const back = await reimport(ctx, 'conll', file, ['--scheme', scheme]);
  if (!back.ok) return broken(FORMAT, check, back.reason);
  const match = matchDocuments(ctx.gold, back.documents, (d) => d.text);
  const mismatches = [...match.unmatched];
  let matched = 0;
  for (const [gold, doc] of match.pairs) {
    const want = entitiesOf(gold.text, iobGold(gold));
    const got = entitiesOf(doc.text, doc.spans);
    want.forEach((entity, i) => {
      if (got[i] === entity) matched++;
      else
        mismatches.push(`${gold.name}: entity ${i + 1} is ${got[i] ?? 'missing'}, not ${entity}`);
    });
    if (got.length > want.length)
      mismatches.push(`${gold.name}: ${got.length - want.length} entities more than the gold`);
  }
  const total = ctx.gold.reduce((n, doc) => n + iobGold(doc).length, 0);
  return tallied(FORMAT, check, 'entities', matched, total, mismatches);
}
