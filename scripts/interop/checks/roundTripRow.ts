import { broken, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareSpans } from '../compareSpans';
import type { InteropContext } from '../interopContext';
import { matchDocuments } from '../matchDocuments';
import { reimport } from '../reimport';

/**
 * The round-trip row of a format Loupe reads back: the export imported into a fresh project
 * must hold exactly the gold spans of every document.
 * @example await roundTripRow(ctx, 'doccano', 'doccano', '/tmp/x/exports/doccano/doccano.jsonl')
 */
export async function roundTripRow(
  ctx: InteropContext,
  format: string,
  loupeFormat: string,
  file: string,
): Promise<CheckResult> {
  const check = `re-import into a fresh project = gold`;
  const back = await reimport(ctx, loupeFormat, file);
  if (!back.ok) return broken(format, check, back.reason);
  const match = matchDocuments(ctx.gold, back.documents, (d) => d.text);
  const mismatches = [...match.unmatched];
  let matched = 0;
  for (const [gold, doc] of match.pairs) {
    const compared = compareSpans(gold.name, gold.text, gold.spans, doc.spans);
    matched += compared.matched;
    mismatches.push(...compared.mismatches);
    if (doc.text !== gold.text)
      mismatches.push(`${gold.name}: the re-imported text differs from the original`);
  }
  const total = ctx.gold.reduce((n, doc) => n + doc.spans.length, 0);
  return tallied(format, check, 'spans', matched, total, mismatches);
}
