import type { GoldDocument } from '../goldDocument';

/**
 * A correct stance TSV for the gold: `ID Target Tweet Stance Holder Document`, one row per
 * stance (topic id or target span text, evidence text, polarity, holder span text).
 * @example referenceStanceTsv([doc]).split('\n')[1] === '1\tus-troops\tparliament rejected …\tAGAINST\tBaghdad\tglued-punctuation'
 */
export function referenceStanceTsv(documents: readonly GoldDocument[]): string {
  const rows = [['ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document']];
  for (const doc of documents) {
    const text = (id: string) => doc.spans.find((s) => s.id === id)?.text ?? '';
    for (const stance of doc.stances) {
      const target = 'topic' in stance.target ? stance.target.topic : text(stance.target.span);
      rows.push([
        String(rows.length),
        target,
        text(stance.evidence),
        stance.polarity,
        text(stance.holder),
        doc.name,
      ]);
    }
  }
  return rows.map((row) => `${row.join('\t')}\n`).join('');
}
