import { broken, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { exportProject } from '../exportProject';
import type { ExportRun } from '../exportProject';
import type { InteropContext } from '../interopContext';
import { IOB_LABELS } from '../iobGold';

/** The labels-filter row, and the export to check (without the filter if Loupe lacks it). */
export interface LabelledExport {
  readonly row: CheckResult;
  readonly exported: ExportRun;
}

/**
 * Exports an IOB format with `--labels PERSON,ORG,GPE`, which leaves out the stance evidence
 * that overlaps the entities. When Loupe refuses the option, that refusal is the row's
 * failure and the export is made without it (so the evidence then competes with entities).
 * @example await exportWithLabels(ctx, 'CoNLL', 'conll') → { row: { status: 'pass', … }, exported: { ok: true, … } }
 */
export async function exportWithLabels(
  ctx: InteropContext,
  format: string,
  loupeFormat: string,
): Promise<LabelledExport> {
  const check = `export --labels ${IOB_LABELS.join(',')}`;
  const filtered = await exportProject(ctx, loupeFormat, `${loupeFormat}-labels`, [
    '--labels',
    IOB_LABELS.join(','),
  ]);
  if (filtered.ok) return { row: tallied(format, check, 'exports', 1, 1, []), exported: filtered };
  const plain = await exportProject(ctx, loupeFormat, loupeFormat);
  const then = plain.ok
    ? 'checked the export without --labels'
    : 'and without --labels it fails too';
  return { row: broken(format, check, `${filtered.reason} (${then})`), exported: plain };
}
