import type { GoldDocument, GoldSpan } from '../../../scripts/interop/goldDocument';
import { sliceCodePoints } from '../../../scripts/interop/sliceCodePoints';

/** A gold span of `text` with its covered text filled in. */
export function goldSpan(
  text: string,
  label: string,
  start: number,
  end: number,
  id = 'T1',
): GoldSpan {
  return { id, label, start, end, text: sliceCodePoints(text, start, end) };
}

/** A gold document without stances or further brat lines. */
export function goldDocument(name: string, text: string, spans: readonly GoldSpan[]): GoldDocument {
  return { name, text, spans, stances: [], bratLines: [] };
}
