import { readFile } from 'node:fs/promises';
import { broken, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareSpans } from '../compareSpans';
import type { ObservedSpan } from '../compareSpans';
import { exportProject } from '../exportProject';
import type { InteropContext } from '../interopContext';
import { matchDocuments } from '../matchDocuments';
import { showText } from '../showText';
import { sliceCodePoints } from '../sliceCodePoints';
import { roundTripRow } from './roundTripRow';

const FORMAT = 'Label Studio';
const VALUES = 'labels regions: start/end/text = gold';

interface Region {
  readonly type?: string;
  readonly value?: { start?: number; end?: number; text?: string; labels?: string[] };
}
interface LabelStudioItem {
  readonly data?: { text?: string };
  readonly annotations?: { result?: Region[] }[];
  readonly completions?: { result?: Region[] }[];
}

/**
 * Label Studio JSON: each `labels` region read as Label Studio stores it (code point
 * `start`/`end`, `text` equal to the covered text), and the file re-imported into a fresh
 * Loupe project; both must give the gold spans.
 */
export async function labelStudioChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'labelstudio', 'labelstudio');
  const file = exported.ok ? exported.files.find((f) => f.endsWith('.json')) : undefined;
  if (!exported.ok || !file) {
    const reason = exported.ok ? 'the export wrote no .json file' : exported.reason;
    return [VALUES, 're-import into a fresh project = gold'].map((c) => broken(FORMAT, c, reason));
  }
  return Promise.all([
    checkLabelStudioFile(ctx, file),
    roundTripRow(ctx, FORMAT, 'labelstudio', file),
  ]);
}

/** The Label Studio reading row for one file (an export, or a control file). */
export async function checkLabelStudioFile(
  ctx: InteropContext,
  file: string,
): Promise<CheckResult> {
  const total = ctx.gold.reduce((n, doc) => n + doc.spans.length, 0);
  let items: LabelStudioItem[];
  try {
    items = JSON.parse(await readFile(file, 'utf8')) as LabelStudioItem[];
    if (!Array.isArray(items)) throw new Error('the file is not a JSON list');
  } catch (error) {
    return tallied(FORMAT, VALUES, 'spans', 0, total, [(error as Error).message]);
  }
  const match = matchDocuments(ctx.gold, items, (item) => item.data?.text ?? '');
  const mismatches = [...match.unmatched];
  let matched = 0;
  for (const [gold, item] of match.pairs) {
    const regions = [...(item.annotations ?? []), ...(item.completions ?? [])]
      .flatMap((a) => a.result ?? [])
      .filter((r) => r.type === 'labels');
    const spans: ObservedSpan[] = [];
    for (const { value } of regions) {
      const { start, end, text, labels } = value ?? {};
      if (typeof start !== 'number' || typeof end !== 'number' || !labels?.[0]) {
        mismatches.push(`${gold.name}: unreadable region ${JSON.stringify(value)}`);
        continue;
      }
      const covered = sliceCodePoints(gold.text, start, end);
      if (text !== covered)
        mismatches.push(
          `${gold.name}: region [${start},${end}) says text ${showText(String(text))}, the text there is ${showText(covered)}`,
        );
      spans.push({ label: labels[0], start, end });
    }
    const compared = compareSpans(gold.name, gold.text, gold.spans, spans);
    matched += compared.matched;
    mismatches.push(...compared.mismatches);
  }
  return tallied(FORMAT, VALUES, 'spans', matched, total, mismatches);
}
