import { z } from 'zod';
import { cohenKappa } from './cohenKappa';
import { fleissKappa } from './fleissKappa';
import { krippendorffAlpha } from './krippendorffAlpha';
import { stanceUnits, type StanceDocument } from './stanceUnits';
import { itemAt } from '../collections';

/**
 * Agreement on stance polarity over stance units; null where a figure does not apply.
 * @example { units: 12, cohenKappa: 0.62, fleissKappa: 0.61, krippendorffAlpha: 0.63 }
 */
export const stanceAgreementSchema = z.object({
  units: z.number().int().nonnegative(),
  cohenKappa: z.number().nullable(),
  fleissKappa: z.number().nullable(),
  krippendorffAlpha: z.number().nullable(),
});
export type StanceAgreement = z.infer<typeof stanceAgreementSchema>;

/**
 * Polarity agreement between annotators over the units of {@link stanceUnits}:
 * Cohen's kappa (exactly 2 annotators, units both rated), Fleiss' kappa (units every
 * annotator rated; null if there are none) and nominal Krippendorff's alpha (every
 * unit, missing polarities allowed).
 * @example stanceAgreement([{ id: 'd1', layers: [amira, omar] }]) → { units: 2, cohenKappa: 1, fleissKappa: 1, krippendorffAlpha: 1 } (both FAVOR on one quote, AGAINST on another)
 */
export function stanceAgreement(documents: readonly StanceDocument[]): StanceAgreement {
  const units = stanceUnits(documents);
  const annotators = documents[0]?.layers.length ?? 0;
  const ratings = units.map((u) => u.polarities);
  if (annotators < 2) {
    return { units: units.length, cohenKappa: null, fleissKappa: null, krippendorffAlpha: null };
  }
  const complete = ratings.filter((r): r is string[] => r.every((p) => p !== null));
  let cohen: number | null = null;
  if (annotators === 2) {
    cohen = cohenKappa(
      complete.map((r) => itemAt(r, 0)),
      complete.map((r) => itemAt(r, 1)),
    ).value;
  }
  return {
    units: units.length,
    cohenKappa: cohen,
    fleissKappa: fleissKappa(complete).value,
    krippendorffAlpha: krippendorffAlpha(ratings).value,
  };
}
