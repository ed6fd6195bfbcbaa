import { KEPT_DOCCANO, recordHolders } from '../common';
import type { FormatDocument } from '../common';
import { isRecordForm, keptDoccanoOf } from './keptDoccano';
import type { KeptDoccanoFile } from './keptDoccano';

/**
 * The doccano user a layer's annotations are written as when its record holds several users':
 * the number its name ends in when it is `user` and a number (the layer an import gives
 * doccano's user 2 is `user2`), else the layer's name.
 * @example userOfLayer('user2') === '2'
 * @example userOfLayer('amy') === 'amy'
 */
export function userOfLayer(annotator: string | undefined): string | undefined {
  return /^user([0-9]+)$/.exec(annotator ?? '')?.[1] ?? annotator;
}

/**
 * The documents of several annotators' layers, made ready to share records as doccano 1.x
 * writes a record of several users: a document no file gave that holds annotations joins the
 * record another annotator's document of its name and text holds (after the others, so the
 * record's fields are the file's); and each document of a record that documents of several
 * annotators share names its user: the one it was read as, else its layer's (see
 * {@link userOfLayer}). Documents of one annotator come back as they were.
 * @example layerShares([user1Doc, user3Doc]) → [user1Doc, user3Doc in user1Doc's record as user 3]
 */
export function layerShares(documents: readonly FormatDocument[]): FormatDocument[] {
  if (new Set(documents.map((d) => d.annotator)).size < 2) return [...documents];
  const holders = recordHolders(documents, (doc) => fileOf(doc) !== undefined);
  const kept: FormatDocument[] = [];
  const joined: FormatDocument[] = [];
  for (const doc of documents) {
    const holder = holders.get(doc);
    const file = holder && fileOf(holder);
    if (!file) kept.push(doc);
    else {
      const { user: _user, ...rest } = file;
      joined.push(withFile(doc, rest));
    }
  }
  const all = [...kept, ...joined];
  const annotators = new Map<string, Set<string | undefined>>();
  for (const doc of all) {
    const file = fileOf(doc);
    if (!file) continue;
    const key = recordKey(file);
    annotators.set(key, (annotators.get(key) ?? new Set()).add(doc.annotator));
  }
  return all.map((doc) => {
    const file = fileOf(doc);
    const shared = file && (annotators.get(recordKey(file))?.size ?? 0) > 1;
    const user = userOfLayer(doc.annotator);
    if (!shared || file.user !== undefined || user === undefined) return doc;
    return withFile(doc, { ...file, user });
  });
}

/** The record of a JSON Lines or JSON array file a document keeps, if any. */
function fileOf(doc: FormatDocument): KeptDoccanoFile | undefined {
  const file = keptDoccanoOf(doc.metadata)?.file;
  return file && isRecordForm(file.form) ? file : undefined;
}

function withFile(doc: FormatDocument, file: KeptDoccanoFile): FormatDocument {
  const kept = keptDoccanoOf(doc.metadata) ?? {};
  return { ...doc, metadata: { ...doc.metadata, [KEPT_DOCCANO]: { ...kept, file } } };
}

function recordKey(file: KeptDoccanoFile): string {
  return JSON.stringify([file.name, file.source ?? null, file.index]);
}
