import { readFile } from 'node:fs/promises';
import { broken, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareSpans } from '../compareSpans';
import type { ObservedSpan } from '../compareSpans';
import { exportProject } from '../exportProject';
import type { InteropContext } from '../interopContext';
import { matchDocuments } from '../matchDocuments';
import { roundTripRow } from './roundTripRow';

const FORMAT = 'doccano';
const OFFSETS = 'offsets as doccano counts them (UTF-16)';

interface DoccanoRecord {
  readonly text: string;
  readonly spans: readonly ObservedSpan[];
  readonly problems: readonly string[];
}

/**
 * doccano JSONL: read as doccano reads it (offsets in UTF-16 units, `label`/`labels` triples
 * or `entities`), and re-imported into a fresh Loupe project; both must give the gold spans.
 */
export async function doccanoChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'doccano', 'doccano');
  const file = exported.ok ? exported.files.find((f) => f.endsWith('.jsonl')) : undefined;
  if (!exported.ok || !file) {
    const reason = exported.ok ? 'the export wrote no .jsonl file' : exported.reason;
    return [OFFSETS, 're-import into a fresh project = gold'].map((c) => broken(FORMAT, c, reason));
  }
  return Promise.all([checkDoccanoFile(ctx, file), roundTripRow(ctx, FORMAT, 'doccano', file)]);
}

/** The doccano reading row for one file (an export, or a control file). */
export async function checkDoccanoFile(ctx: InteropContext, file: string): Promise<CheckResult> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const records: DoccanoRecord[] = [];
  const mismatches: string[] = [];
  lines.forEach((line, i) => {
    try {
      records.push(readRecord(JSON.parse(line) as Record<string, unknown>));
    } catch (error) {
      mismatches.push(`line ${i + 1}: ${(error as Error).message}`);
    }
  });
  const match = matchDocuments(ctx.gold, records, (r) => r.text);
  mismatches.push(...match.unmatched);
  let matched = 0;
  for (const [gold, record] of match.pairs) {
    const compared = compareSpans(gold.name, gold.text, gold.spans, record.spans);
    matched += compared.matched;
    mismatches.push(...compared.mismatches, ...record.problems.map((p) => `${gold.name}: ${p}`));
  }
  const total = ctx.gold.reduce((n, doc) => n + doc.spans.length, 0);
  return tallied(FORMAT, OFFSETS, 'spans', matched, total, mismatches);
}

/** One doccano record: `label`/`labels` `[[s, e, L]]` or `entities` (objects or triples). */
function readRecord(record: Record<string, unknown>): DoccanoRecord {
  const text = typeof record.text === 'string' ? record.text : '';
  const raw = [record.label, record.labels, record.entities].find(Array.isArray) as
    unknown[] | undefined;
  const problems: string[] = [];
  const spans = (raw ?? []).flatMap((item): ObservedSpan[] => {
    const [s, e, label] = Array.isArray(item)
      ? item
      : [
          (item as Record<string, unknown>).start_offset,
          (item as Record<string, unknown>).end_offset,
          (item as Record<string, unknown>).label,
        ];
    if (typeof s !== 'number' || typeof e !== 'number' || typeof label !== 'string') {
      problems.push(`unreadable annotation ${JSON.stringify(item)}`);
      return [];
    }
    const start = codePointAt(text, s);
    const end = codePointAt(text, e);
    if (start === undefined || end === undefined) {
      problems.push(`${label} [${s},${e}) in UTF-16 units cuts an astral character in two`);
      return [];
    }
    return [{ label, start, end }];
  });
  return { text, spans, problems };
}

/** A UTF-16 offset as a code point offset; undefined inside a surrogate pair. */
function codePointAt(text: string, utf16: number): number | undefined {
  const before = text.slice(0, utf16);
  if (/[\ud800-\udbff]$/u.test(before) || utf16 > text.length) return undefined;
  return [...before].length;
}
