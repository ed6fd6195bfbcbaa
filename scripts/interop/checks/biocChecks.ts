import { join } from 'node:path';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { CHECKOUT } from '../checkout';
import { exportProject } from '../exportProject';
import type { InteropContext } from '../interopContext';
import { matchDocuments } from '../matchDocuments';
import { runPython } from '../runPython';

interface BiocAnnotation {
  readonly type: string | null;
  readonly located: readonly (string | null)[];
  readonly text: string | null;
}
interface BiocReport {
  readonly valid: boolean;
  readonly errors: readonly string[];
  readonly documents: readonly {
    readonly id: string | null;
    readonly text: string;
    readonly annotations: readonly BiocAnnotation[];
  }[];
}

const FORMAT = 'BioC XML';
const CHECK = 'lxml: valid by BioC.dtd; annotations = gold spans';
/** NCBI's BioC.dtd (public domain; tests/fixtures/bioc/SOURCES.md). */
const DTD = join(CHECKOUT, 'tests', 'fixtures', 'bioc', 'BioC.dtd');

/**
 * The BioC export read by lxml as a BioC tool reads it: valid by NCBI's DTD, each document's
 * passages making its text, and each gold span an annotation of its label whose location holds
 * the span's text and whose `<text>` says it.
 */
export async function biocChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const exported = await exportProject(ctx, 'bioc', 'bioc');
  const file = exported.ok ? exported.files.find((f) => f.endsWith('.xml')) : undefined;
  if (!exported.ok || !file)
    return [broken(FORMAT, CHECK, exported.ok ? 'no .xml written' : exported.reason)];
  return [await checkBiocFile(ctx, file)];
}

/** The BioC row for one file (an export, or a control file). */
export async function checkBiocFile(ctx: InteropContext, file: string): Promise<CheckResult> {
  if (!ctx.python.ok) return skipped(FORMAT, CHECK, ctx.python.reason);
  const report = await runPython<BiocReport>(ctx.python, 'bioc_dtd.py', [file, DTD]);
  if (!report.ok) return broken(FORMAT, CHECK, report.reason);
  const { valid, errors, documents } = report.value;
  const mismatches = valid ? [] : errors.map((e) => `BioC.dtd: ${e}`);
  const { pairs, unmatched } = matchDocuments(ctx.gold, documents, (d) => d.text);
  mismatches.push(...unmatched);
  let matched = 0;
  let total = 0;
  for (const [gold, doc] of pairs) {
    const left = [...doc.annotations];
    for (const span of gold.spans) {
      total++;
      const i = left.findIndex(
        (a) => a.type === span.label && a.located.join('') === span.text && a.text === span.text,
      );
      if (i === -1)
        mismatches.push(`${gold.name}: ${span.label} ${JSON.stringify(span.text)} — missing`);
      else {
        left.splice(i, 1);
        matched++;
      }
    }
    for (const a of left)
      mismatches.push(`${gold.name}: unexpected ${a.type ?? '?'} ${JSON.stringify(a.located)}`);
  }
  return tallied(FORMAT, CHECK, 'spans', matched, total, mismatches);
}
