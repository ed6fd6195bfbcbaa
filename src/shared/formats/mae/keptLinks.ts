import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue, type Tally } from '../common';
import { KEPT_MAE, type KeptMae, type KeptTag } from './keptMae';

type Attribute = readonly [string, string];

/** Whether an attribute names a link's argument (`fromID`, `arg0ID`, not `id`). */
function isArgumentId(name: string): boolean {
  return name.length > 2 && name.endsWith('ID');
}

/**
 * The layout a MAE import kept, with the ids of spans Loupe gave other ids on import (an id
 * already taken in the layer, or a span equal to one already there) renamed: in the tag
 * order, in kept links' arguments, in the kept text attributes and a tag's own attribute
 * order, so a kept link still names the tag it named in the file. Metadata without a MAE
 * layout, or with nothing renamed, is returned as it is.
 * @example renameKeptMaeIds(meta, new Map([['N0', 's_7']]))  // a kept link's fromID="N0" becomes "s_7"
 */
export function renameKeptMaeIds(
  metadata: DocumentMetadata,
  renamed: ReadonlyMap<string, string>,
): DocumentMetadata {
  const value = metadata[KEPT_MAE];
  if (renamed.size === 0 || !isRecord(value)) return metadata;
  const rename = (id: string) => renamed.get(id) ?? id;
  const next: Record<string, unknown> = { ...value };
  if (Array.isArray(value.order))
    next.order = value.order.map((id) => (typeof id === 'string' ? rename(id) : id));
  if (Array.isArray(value.kept))
    next.kept = value.kept.map((tag) =>
      isRecord(tag) && Array.isArray(tag.attributes)
        ? {
            ...tag,
            attributes: tag.attributes.map((a) =>
              Array.isArray(a) && typeof a[0] === 'string' && typeof a[1] === 'string'
                ? [a[0], isArgumentId(a[0]) ? rename(a[1]) : a[1]]
                : a,
            ),
          }
        : tag,
    );
  if (isRecord(value.tagOrder))
    next.tagOrder = Object.fromEntries(
      Object.entries(value.tagOrder).map(([id, names]) => [rename(id), names]),
    );
  if (isRecord(value.texts))
    next.texts = Object.fromEntries(
      Object.entries(value.texts).map(([id, texts]) => [
        rename(id),
        // A link's texts are valid for its argument ids ("N0 V0"), a span's for its spans ("1~12").
        isRecord(texts) && typeof texts.key === 'string'
          ? { ...texts, key: texts.key.split(' ').map(rename).join(' ') }
          : texts,
      ]),
    );
  return isJsonValue(next) ? { ...metadata, [KEPT_MAE]: next } : metadata;
}

/**
 * A kept tag's attributes as a MAE export writes them: a link's argument that named a span
 * Loupe wrote under another id names that id; one that named a tag of the file no longer
 * written (a span deleted in Loupe) is written unset, `fromID="" fromText=""`, which MAE
 * reads as an argument not yet set (it skips empty argument ids), and counted in `tally`
 * naming the link. An argument that named no tag of the file already is written as it was.
 * @example keptAttributes(tag, written, kept, writtenIds, keptIds, 'poem', tally)
 */
export function keptAttributes(
  tag: KeptTag,
  written: ReadonlyMap<string, { readonly id: string }>,
  kept: KeptMae,
  writtenIds: ReadonlySet<string>,
  keptIds: ReadonlySet<string>,
  document: string,
  tally: Tally,
): readonly Attribute[] {
  const inFile = new Set(kept.order);
  const unset = new Set<string>();
  const attributes = tag.attributes.map(([name, value]): Attribute => {
    if (!isArgumentId(name) || value === '' || keptIds.has(value)) return [name, value];
    const now = written.get(value)?.id;
    if (now !== undefined) return [name, now];
    if (writtenIds.has(value) || !inFile.has(value)) return [name, value];
    unset.add(name.slice(0, -2));
    return [name, ''];
  });
  if (unset.size === 0) return attributes;
  const id = tag.attributes.find(([name]) => name === 'id')?.[1] ?? '';
  for (const role of unset)
    tally.add(
      `${document}: link ${tag.tag} ${id} kept from the MAE file named a ${role} tag deleted since; written with ${role}ID="" (an argument MAE reads as not set)`,
    );
  return attributes.map(([name, value]): Attribute => {
    const role = name.endsWith('Text') ? name.slice(0, -4) : null;
    return role !== null && unset.has(role) ? [name, ''] : [name, value];
  });
}
