import type { FormatDocument } from '../common';
import { spanKey, targetKey } from './keptNotes';
import type { NoteTargets } from './keptNotes';

/**
 * The handle of the `index`th span of a document, by which its writer and the lines kept on
 * it find it: its id, or its place when it has none.
 * @example spanHandle({ id: 'T3', … }, 0) === 'T3'
 */
export function spanHandle(span: { readonly id?: string }, index: number): string {
  return span.id ?? `\u0000${index}`;
}

/**
 * The spans, events and relations of a document that a line Loupe keeps (an event without a
 * trigger, a note of another type) may be on, found by the key (see `targetKey`) and the id its
 * target had when read: the annotation of that id when it is unchanged, else one unchanged under
 * another id (an import gave it one), else the annotation of that id as edited since (relabelled,
 * moved, its trigger changed). None when the target is gone.
 * @example new KeptTargets(doc).find('T Gene 0 4', 'T3') === 'T3' (also once T3 is moved to 5 9)
 */
export class KeptTargets {
  private readonly keys = new Map<string, string>();
  private readonly byKey = new Map<string, string[]>();

  constructor(doc: FormatDocument) {
    const targets = noteTargets(doc);
    doc.spans.forEach((span, i) => this.add(spanHandle(span, i), spanKey(span)));
    for (const { id } of [...(doc.events ?? []), ...doc.relations])
      if (id !== undefined) this.add(id, targetKey(targets, id));
  }

  /** The handle of the annotation a kept line or note names by `key` and, when known, `id`. */
  find(key: string, id: string | undefined): string | undefined {
    if (id !== undefined && this.keys.get(id) === key) return id;
    const unchanged = this.byKey.get(key)?.[0];
    if (unchanged !== undefined) return unchanged;
    return id !== undefined && this.keys.has(id) ? id : undefined;
  }

  private add(handle: string, key: string | undefined): void {
    if (key === undefined || this.keys.has(handle)) return;
    this.keys.set(handle, key);
    const same = this.byKey.get(key);
    if (same) same.push(handle);
    else this.byKey.set(key, [handle]);
  }
}

/** A document's spans, events and relations by id, for the keys of the lines kept on them. */
function noteTargets(doc: FormatDocument): NoteTargets {
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const events = new Map((doc.events ?? []).map((e) => [e.id, e]));
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  return {
    span: (id) => spans.get(id),
    event: (id) => events.get(id),
    relation: (id) => relations.get(id),
  };
}
