import type { LabelSpans } from '../../../../../shared/contract';
import { countOf } from '../../../ui/countOf';

/** What a label rename or delete said after saving: the count, and each layer left, with why. */
export interface LabelSpansSaid {
  readonly summary: string;
  readonly layers: readonly string[];
}

/**
 * Says what the save did to spans when it left some layers as they were (null when it changed
 * every span it meant to): spans changed, spans left, and each layer left, named by annotator
 * and document, with its file and why.
 * @example labelSpansSaid({ changed: 1, notChanged: 2, skipped: [lena's read-only a] }, name)
 *   → { summary: 'Changed 1 span; left 2 spans in 1 layer Loupe cannot rewrite:', layers: [...] }
 */
export function labelSpansSaid(
  report: LabelSpans | undefined,
  documentName: (id: string) => string,
): LabelSpansSaid | null {
  if (!report || report.skipped.length === 0) return null;
  const unread = report.skipped.some((layer) => layer.spans === null);
  const left = `${countOf(report.notChanged, 'span')}${unread ? ' (and those of damaged layers, which could not be read)' : ''}`;
  return {
    summary: `Changed ${countOf(report.changed, 'span')}; left ${left} in ${countOf(report.skipped.length, 'layer')} Loupe cannot rewrite:`,
    layers: report.skipped.map(
      (layer) =>
        `${layer.annotator}'s layer of ${documentName(layer.documentId)}${layer.spans === null ? '' : ` (${countOf(layer.spans, 'span')})`}: ${layer.file} ${layer.reason}`,
    ),
  };
}
