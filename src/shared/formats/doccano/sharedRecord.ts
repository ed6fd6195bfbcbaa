import { createOffsetIndex } from '../../spans';
import { fileFields, withoutKeptLayouts } from '../common';
import type { FormatDocument, Tally } from '../common';
import { splitCategories } from '../common/categories';
import { tallied } from './jsonlFile';
import { userOfLayer } from './layerShares';
import { RELATIONS_LEFT_OUT } from './relationsLeftOut';

/**
 * The record of a document that several annotators' layers hold and no file gave, as doccano
 * 1.x writes a record of several users: each layer's spans (UTF-16 offsets) and categories
 * under `annotations`, each with its user (see {@link userOfLayer}); the first layer's relations
 * between its spans, which then have ids (doccano keeps relations per record, not per user: the
 * other layers' are counted as not written).
 * @example sharedRecord([amy, user2], tally) → { name, text, annotations: [{ label: 'ORG', start_offset: 0, end_offset: 3, user: 'amy' }, { label: 'ORG', start_offset: 0, end_offset: 3, user: 2 }] }
 */
export function sharedRecord(group: readonly FormatDocument[], tally: Tally): object {
  const [first] = group;
  if (!first) return {};
  const index = createOffsetIndex(first.text);
  const withIds = first.relations.length > 0;
  const ids = new Map<string, number>();
  const annotations: object[] = [];
  for (const doc of group) {
    tallied(doc, tally);
    const user = userValue(userOfLayer(doc.annotator));
    const by = user === undefined ? {} : { user };
    for (const span of doc.spans)
      for (const f of span.fragments) {
        const id = annotations.length;
        if (doc === first && span.id !== undefined && !ids.has(span.id)) ids.set(span.id, id);
        annotations.push({
          ...(withIds ? { id } : {}),
          label: span.label,
          start_offset: index.toUtf16(f.start),
          end_offset: index.toUtf16(f.end),
          ...by,
        });
      }
    for (const label of splitCategories(doc.documentLabels).categories)
      annotations.push({ label, ...by });
  }
  tally.add(
    RELATIONS_LEFT_OUT.otherUser,
    group.slice(1).reduce((n, d) => n + d.relations.length, 0),
  );
  const relations = first.relations.flatMap((r, i) => {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    if (from !== undefined && to !== undefined)
      return [{ id: i, from_id: from, to_id: to, type: r.type }];
    tally.add(RELATIONS_LEFT_OUT.unwritten);
    return [];
  });
  return {
    ...fileFields(withoutKeptLayouts(first.metadata)),
    name: first.name,
    text: first.text,
    annotations,
    ...(withIds ? { relations } : {}),
  };
}

/** A user as doccano writes one: its id as a number when it is one. */
function userValue(user: string | undefined): number | string | undefined {
  return user !== undefined && /^(?:0|[1-9][0-9]{0,14})$/.test(user) ? Number(user) : user;
}
