import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLayerEdit } from '../../src/node/store/layerEdit';
import { decodeJournal } from '../../src/node/store/journalRecords';
import { decodeLayerSnapshot } from '../../src/node/store/layerSnapshot';
import type { Layer } from '../../src/shared/model';

/**
 * A layer as its files hold it right now, read synchronously (for polling in browser tests):
 * the snapshot with the journal's newer records replayed, as every reader does.
 */
export function layerFilesNow(dir: string, annotator: string, documentId: string): Layer {
  const folder = join(dir, 'annotations', annotator);
  const snapshot = decodeLayerSnapshot(
    readFileSync(join(folder, `${documentId}.json`), 'utf8'),
    `${documentId}.json`,
  );
  const journalPath = join(folder, `${documentId}.journal.jsonl`);
  const journal = existsSync(journalPath) ? readFileSync(journalPath) : null;
  let layer = snapshot.layer;
  for (const record of decodeJournal(journal, journalPath).records)
    if (record.seq > snapshot.journalSeq) layer = applyLayerEdit(layer, record.edit);
  return layer;
}

/** Both files of a layer, byte for byte: what a read-only check compares before and after. */
export function layerBytesNow(dir: string, annotator: string, documentId: string): string {
  const folder = join(dir, 'annotations', annotator);
  const journalPath = join(folder, `${documentId}.journal.jsonl`);
  return (
    readFileSync(join(folder, `${documentId}.json`), 'utf8') +
    (existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : '')
  );
}
