import type { GoldDocument } from '../goldDocument';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

function escaped(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A correct BioC XML collection for the gold, written by hand from BioC.dtd: one document per
 * gold document, its text one passage at offset 0, each span an annotation with its `type`
 * infon and one location, offsets in characters (code points), or in UTF-16 units to break it.
 * @example referenceBioc([doc]).includes('<location offset="0" length="10"/>')
 */
export function referenceBioc(
  documents: readonly GoldDocument[],
  unit: 'codePoints' | 'utf16' = 'codePoints',
): string {
  const parts = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<collection><source>gold</source><date>20261206</date><key>gold.key</key>',
  ];
  for (const doc of documents) {
    const chars = Array.from(doc.text);
    const at = (cp: number) => (unit === 'codePoints' ? cp : chars.slice(0, cp).join('').length);
    parts.push(`<document><id>${escaped(doc.name)}</id><passage><offset>0</offset>`);
    parts.push(`<text>${escaped(doc.text)}</text>`);
    for (const span of doc.spans)
      parts.push(
        `<annotation id="${escaped(span.id)}"><infon key="type">${escaped(span.label)}</infon>`,
        `<location offset="${at(span.start)}" length="${at(span.end) - at(span.start)}"/>`,
        `<text>${escaped(span.text)}</text></annotation>`,
      );
    parts.push('</passage></document>');
  }
  parts.push('</collection>');
  return parts.join('\n');
}
