import type { AgreementReport } from '../../../../shared/contract';
import { countOf } from '../../ui/countOf';

/**
 * The documents left out because an annotator skipped them (Prodigy's ignore or reject, Label Studio's
 * cancelled annotation), as the agreement view says it; null when none was.
 * @example skippedSaid({ …, skipped: { alice: 1 } }) === 'Left out: 1 document alice skipped'
 */
export function skippedSaid(result: Pick<AgreementReport, 'skipped'>): string | null {
  const entries = Object.entries(result.skipped ?? {});
  if (entries.length === 0) return null;
  const said = entries.map(([name, count]) => `${countOf(count, 'document')} ${name} skipped`);
  return `Left out: ${said.join(', ')}`;
}
