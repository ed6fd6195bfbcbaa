import type { GoldDocument } from '../goldDocument';
import { utf16Offset } from './utf16Offset';

/**
 * A correct Label Studio JSON list for the gold: one annotation per text, a `labels` region
 * per span with code point `start`/`end` and its `text`; or, as a broken control, offsets
 * in UTF-16 units (the old Label Studio bug with emoji).
 * @example JSON.parse(referenceLabelStudio([doc]))[0].annotations[0].result[0].value → { start: 0, end: 4, text: 'Iraq', labels: ['GPE'] }
 */
export function referenceLabelStudio(
  documents: readonly GoldDocument[],
  units: 'codePoints' | 'utf16' = 'codePoints',
): string {
  const at = (text: string, cp: number) => (units === 'utf16' ? utf16Offset(text, cp) : cp);
  const items = documents.map((doc, i) => ({
    id: i + 1,
    data: { text: doc.text },
    annotations: [
      {
        result: doc.spans.map((s) => ({
          id: `${doc.name}-${s.id}`,
          from_name: 'label',
          to_name: 'text',
          type: 'labels',
          value: {
            start: at(doc.text, s.start),
            end: at(doc.text, s.end),
            text: s.text,
            labels: [s.label],
          },
        })),
      },
    ],
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
