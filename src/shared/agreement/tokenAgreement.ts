import { z } from 'zod';
import { ownRecord } from '../model';
import { getOwn, setOwn } from '../collections';
import { tokenize } from '../text';
import type { AgreementDocument } from './computeAgreement';
import { fleissKappa } from './fleissKappa';
import { krippendorffAlpha } from './krippendorffAlpha';
import { tokenLabels } from './tokenLabels';

/** The category of a token outside every span (IOB's `O`). */
export const OUTSIDE = 'O';

const figure = z.number().nullable();

/**
 * Agreement of any number of annotators, each token a unit rated with its label (or `O`):
 * Fleiss' kappa and Krippendorff's nominal alpha over all labels and, per label, over
 * "this label or not"; with each annotator's spans per label (the label distribution).
 * @example { units: 120, fleissKappa: 0.71, krippendorffAlpha: 0.71, byLabel: { PER: { fleissKappa: 0.8, krippendorffAlpha: 0.8 } }, distribution: { amira: { PER: 4 } } }
 */
export const tokenAgreementSchema = z.object({
  units: z.number().int().min(0),
  fleissKappa: figure,
  krippendorffAlpha: figure,
  byLabel: ownRecord(z.object({ fleissKappa: figure, krippendorffAlpha: figure })),
  distribution: ownRecord(ownRecord(z.number().int().min(0))),
});
export type TokenAgreement = z.infer<typeof tokenAgreementSchema>;

/**
 * Token-level agreement among all annotators of the documents (layers in `annotators` order).
 * @example tokenAgreement([doc], ['amira', 'omar', 'lena']).fleissKappa
 */
export function tokenAgreement(
  documents: readonly AgreementDocument[],
  annotators: readonly string[],
): TokenAgreement {
  const units: string[][] = [];
  for (const doc of documents) {
    const tokens = tokenize(doc.text);
    const byAnnotator = doc.layers.map((layer) => tokenLabels(tokens, layer.spans));
    for (let t = 0; t < tokens.length; t++) {
      units.push(byAnnotator.map((labels) => labels[t] ?? OUTSIDE));
    }
  }
  const labels = [...new Set(units.flat())].filter((l) => l !== OUTSIDE).sort();
  const distribution: Record<string, Record<string, number>> = {};
  annotators.forEach((name, a) => {
    const counts: Record<string, number> = {};
    for (const doc of documents)
      for (const span of doc.layers[a]?.spans ?? [])
        setOwn(counts, span.label, (getOwn(counts, span.label) ?? 0) + 1);
    setOwn(distribution, name, counts);
  });
  const figures = (rows: readonly string[][]) =>
    rows.length === 0 || annotators.length < 2
      ? { fleissKappa: null, krippendorffAlpha: null }
      : { fleissKappa: fleissKappa(rows).value, krippendorffAlpha: krippendorffAlpha(rows).value };
  return {
    units: units.length,
    ...figures(units),
    byLabel: Object.fromEntries(
      labels.map((label) => [
        label,
        figures(units.map((row) => row.map((l) => (l === label ? label : OUTSIDE)))),
      ]),
    ),
    distribution,
  };
}
