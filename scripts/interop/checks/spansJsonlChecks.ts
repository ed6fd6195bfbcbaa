import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareSpans } from '../compareSpans';
import { describeDifference } from '../describeDifference';
import { exportProject } from '../exportProject';
import type { GoldDocument, GoldSpan } from '../goldDocument';
import type { InteropContext } from '../interopContext';
import { matchDocuments } from '../matchDocuments';
import { runPython } from '../runPython';
import { showText } from '../showText';

interface CharSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly label: string;
}
interface RecordSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly token_start: number | null;
  readonly token_end: number | null;
  readonly char_span: CharSpan | null;
}
interface SpacyRecord {
  readonly line: number;
  readonly text: string | null;
  readonly doc_text: string;
  readonly spans: readonly RecordSpan[];
}
interface SpansReport {
  readonly records: readonly SpacyRecord[];
  readonly errors: readonly string[];
}
type Pairs = ReadonlyArray<readonly [GoldDocument, SpacyRecord]>;

const FORMAT = 'spans JSONL';
const CHECKS = [
  'spaCy Doc(words, spaces).text = text',
  'doc.char_span(strict) = gold span',
  'token_start/token_end = char_span',
  'spans = gold spans',
] as const;

/**
 * spans JSONL read by spaCy: every record's tokens rebuild its text, every gold span is a
 * strict `char_span` with the gold text, token indices agree, and the span set is the gold.
 */
export async function spansJsonlChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'spans-jsonl', 'spans-jsonl');
  if (!exported.ok) return CHECKS.map((check) => broken(FORMAT, check, exported.reason));
  const file = exported.files.find((f) => f.endsWith('.jsonl'));
  if (!file) return CHECKS.map((check) => broken(FORMAT, check, 'the export wrote no .jsonl file'));
  return checkSpansJsonlFile(ctx, file);
}

/** The spans JSONL rows for one file (an export, or a control file). */
export async function checkSpansJsonlFile(
  ctx: InteropContext,
  file: string,
): Promise<CheckResult[]> {
  const python = ctx.python;
  if (!python.ok) return CHECKS.map((check) => skipped(FORMAT, check, python.reason));
  const report = await runPython<SpansReport>(python, 'spans_jsonl.py', [file]);
  if (!report.ok) return CHECKS.map((check) => broken(FORMAT, check, report.reason));
  const match = matchDocuments(ctx.gold, report.value.records, (r) => r.text ?? '');
  const unread = [...report.value.errors.map((e) => `spaCy rejects ${e}`), ...match.unmatched];
  const spanTotal = ctx.gold.reduce((n, doc) => n + doc.spans.length, 0);
  return [
    textCheck(match.pairs, ctx.gold.length, unread),
    charSpanCheck(match.pairs, spanTotal),
    tokenIndexCheck(match.pairs, spanTotal),
    spanSetCheck(match.pairs, spanTotal),
  ];
}

function textCheck(pairs: Pairs, total: number, unread: readonly string[]): CheckResult {
  const mismatches = [...unread];
  let passed = 0;
  for (const [gold, record] of pairs) {
    if (record.text !== gold.text)
      mismatches.push(
        `${gold.name}: record "text" ${describeDifference(gold.text, record.text ?? '')}`,
      );
    else if (record.doc_text !== gold.text)
      mismatches.push(`${gold.name}: Doc.text ${describeDifference(gold.text, record.doc_text)}`);
    else passed++;
  }
  return tallied(FORMAT, CHECKS[0], 'records', passed, total, mismatches);
}

function recordSpanOf(record: SpacyRecord, gold: GoldSpan): RecordSpan | undefined {
  return record.spans.find(
    (s) => s.start === gold.start && s.end === gold.end && s.label === gold.label,
  );
}

function charSpanCheck(pairs: Pairs, total: number): CheckResult {
  const mismatches: string[] = [];
  let passed = 0;
  for (const [gold, record] of pairs)
    for (const g of gold.spans) {
      const s = recordSpanOf(record, g);
      const shifted =
        record.doc_text === gold.text ? '' : ' (Doc.text is not the text, so offsets shift)';
      const where = `${gold.name}: ${g.label} [${g.start},${g.end}) ${showText(g.text)}`;
      if (!s) mismatches.push(`${where}: not in the record`);
      else if (!s.char_span)
        mismatches.push(`${where}: char_span(strict) is None (not on token boundaries)${shifted}`);
      else if (s.char_span.text !== g.text || s.char_span.label !== g.label)
        mismatches.push(
          `${where}: char_span is ${s.char_span.label} ${showText(s.char_span.text)}${shifted}`,
        );
      else passed++;
    }
  return tallied(FORMAT, CHECKS[1], 'spans', passed, total, mismatches);
}

function tokenIndexCheck(pairs: Pairs, total: number): CheckResult {
  const mismatches: string[] = [];
  let passed = 0;
  for (const [gold, record] of pairs)
    for (const g of gold.spans) {
      const s = recordSpanOf(record, g);
      if (!s) continue;
      const where = `${gold.name}: ${g.label} [${g.start},${g.end}) ${showText(g.text)}`;
      const given = `token_start ${s.token_start ?? 'absent'}, token_end ${s.token_end ?? 'absent'}`;
      if (s.token_start === null || s.token_end === null) mismatches.push(`${where}: ${given}`);
      else if (!s.char_span)
        mismatches.push(`${where}: ${given}, but no token starts and ends there`);
      else if (s.char_span.start !== s.token_start || s.char_span.end - 1 !== s.token_end)
        mismatches.push(
          `${where}: ${given}, spaCy's tokens ${s.char_span.start}..${s.char_span.end - 1}`,
        );
      else passed++;
    }
  return tallied(FORMAT, CHECKS[2], 'spans', passed, total, mismatches);
}

function spanSetCheck(pairs: Pairs, total: number): CheckResult {
  const mismatches: string[] = [];
  let passed = 0;
  for (const [gold, record] of pairs) {
    const compared = compareSpans(gold.name, gold.text, gold.spans, record.spans);
    passed += compared.matched;
    mismatches.push(...compared.mismatches);
  }
  return tallied(FORMAT, CHECKS[3], 'spans', passed, total, mismatches);
}
