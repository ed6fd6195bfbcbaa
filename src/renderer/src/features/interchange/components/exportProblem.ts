import { overlapRefusalOf, type OverlapRefusalSide } from '../../../../../shared/contract';
import { userMessage } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { exportWords } from '../exportWords';

/** Longer span texts are cut: a message names a span, it does not quote a paragraph. */
const MAX_TEXT = 40;

/** How the dialog's overlap field words its choices (the sentence names them as shown). */
export interface OverlapChoiceWords {
  readonly field: string;
  readonly longest: string;
  readonly first: string;
}

/**
 * What the Export dialog says when the workbench refuses an export: for overlapping spans, the
 * document, the first pair by label and text, how many pairs, and the choices of this dialog
 * that get past it; anything else as {@link userMessage} says it, its options named as the
 * dialog's fields.
 * @example exportProblem(error, { field: 'Overlapping spans', longest: 'keep the longest', first: 'keep the first' })
 *   // 'In document 1 of 5, “Washington rejects…”, 2 pairs of spans overlap, which IOB tags cannot hold: GPE “Iraq” and NORP “Iraqi”, and 1 more pair. …'
 */
export function exportProblem(error: unknown, words: OverlapChoiceWords): string {
  const refusal = overlapRefusalOf(error);
  if (!refusal) return exportWords(userMessage(error));
  const [first] = refusal.pairs;
  if (!first) return exportWords(userMessage(error));
  const where = refusal.document ? `In ${refusal.document}, ` : 'In one document, ';
  const pairs =
    refusal.total === 1
      ? '1 pair of spans overlaps'
      : `${countOf(refusal.total, 'pair')} of spans overlap`;
  const others = refusal.total - 1;
  const more = others > 0 ? `, and ${countOf(others, 'more pair', 'more pairs')}` : '';
  return (
    `${where}${pairs}, which IOB tags cannot hold: ${side(first[0])} and ${side(first[1])}${more}. ` +
    `To export, choose “${words.longest}” or “${words.first}” under ${words.field}, untick one ` +
    'of the labels that overlap, or choose a format that keeps overlapping spans, such as brat or spans-jsonl.'
  );
}

function side(s: OverlapRefusalSide): string {
  const text = s.text.replace(/\s+/g, ' ').trim();
  const points = [...text];
  const shown = points.length > MAX_TEXT ? `${points.slice(0, MAX_TEXT - 1).join('')}…` : text;
  return `${s.label} “${shown}”`;
}
