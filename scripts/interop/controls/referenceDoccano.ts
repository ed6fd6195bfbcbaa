import type { GoldDocument } from '../goldDocument';
import { utf16Offset } from './utf16Offset';

/**
 * A correct doccano JSONL file for the gold: `{text, label: [[start, end, label]]}` with
 * offsets in UTF-16 units, or in code points when `units` says so (a broken control).
 * @example referenceDoccano([doc]) === '{"text":"😀 IBM","label":[[3,6,"ORG"]]}\n'
 */
export function referenceDoccano(
  documents: readonly GoldDocument[],
  units: 'utf16' | 'codePoints' = 'utf16',
): string {
  const at = (text: string, cp: number) => (units === 'utf16' ? utf16Offset(text, cp) : cp);
  return documents
    .map((doc) => {
      const label = doc.spans.map((s) => [at(doc.text, s.start), at(doc.text, s.end), s.label]);
      return `${JSON.stringify({ text: doc.text, label })}\n`;
    })
    .join('');
}
