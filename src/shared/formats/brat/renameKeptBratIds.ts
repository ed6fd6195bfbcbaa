import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from '../common';
import { BRAT_KEY, keptLinesOf, typedNotesOf } from './fragmentOrders';
import { rewrittenLine } from './keptLines';

/**
 * What a brat import kept, with the ids of spans and events Loupe gave other ids on import (an
 * id already taken in the layer, or an annotation equal to one already there) renamed where a
 * kept line names them (`Theme:T3`) and where a typed note names its target, so each still
 * finds its annotation once that is edited (a line left out as invalid keeps the words its file
 * had too, which it names an annotation deleted since by). Metadata without kept lines or notes, or with
 * nothing renamed, is returned as it is.
 * @example renameKeptBratIds(meta, new Map([['T3', 's_7']]))  // a kept `E1\tX A:T3 …` becomes `E1\tX A:s_7 …` (written back under s_7's T id)
 */
export function renameKeptBratIds(
  metadata: DocumentMetadata,
  renamed: ReadonlyMap<string, string>,
): DocumentMetadata {
  const value = metadata[BRAT_KEY];
  if (renamed.size === 0 || !isRecord(value)) return metadata;
  const rename = (_key: string, id: string) => renamed.get(id) ?? id;
  const next: Record<string, unknown> = { ...value };
  const lines = keptLinesOf(metadata);
  if (lines.length > 0)
    next.keptLines = lines.map((l) => {
      const line = rewrittenLine(l, rename) ?? l.line;
      // A line left out as invalid keeps its words as its file had them, to name what is deleted since.
      const was = l.invalid && line !== l.line ? { was: l.invalid.was ?? l.line } : {};
      return {
        line,
        refs: l.refs.map((r) => [...r]),
        kept: [...l.kept],
        ...(l.invalid ? { invalid: { ...l.invalid, ...was } } : {}),
      };
    });
  const notes = typedNotesOf(metadata);
  if (notes.length > 0)
    next.typedNotes = notes.map(([type, key, note, id]) => [
      type,
      key,
      note,
      ...(id === undefined ? [] : [renamed.get(id) ?? id]),
    ]);
  return isJsonValue(next) ? { ...metadata, [BRAT_KEY]: next } : metadata;
}
