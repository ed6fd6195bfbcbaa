import type { AnnotationEvent, Relation } from '../../model';
import type { FormatSpan } from '../common';
import type { AnnWriter } from './annWriter';
import { listedFragments } from './fragmentOrders';

/**
 * A `#` line of another type than AnnotatorNotes, kept as read: its type, its target's key, its
 * text and its target's id (absent in layers written before it was kept).
 */
export type TypedNote = readonly [type: string, target: string, note: string, id?: string];

/**
 * Whether a note type is a brat type name as brat stores one (letters, digits, `_` and `-`,
 * its `projectconfig` storage form): UD/TDT's `Lemma`, brat's own `AnnotatorNotes`.
 * @example isBratTypeName('Lemma') === true && isBratTypeName('Lemma/x') === false
 */
export function isBratTypeName(type: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(type);
}

/** What a note's target is: a span, an event or a relation, by the fields a key is made of. */
export interface NoteTargets {
  span(id: string): Pick<FormatSpan, 'label' | 'fragments'> | undefined;
  event(id: string): Pick<AnnotationEvent, 'type' | 'trigger'> | undefined;
  relation(id: string): Pick<Relation, 'type' | 'from' | 'to'> | undefined;
}

/**
 * The key of a note's target that outlives brat's ids (renumbered by every export): a span's
 * label and fragments in text order, an event's type and trigger, a relation's type and ends.
 * Undefined when the id names none of them.
 * @example targetKey(targets, 'T1') === 'T Lemma 0 4' (a span labelled Lemma over [0, 4))
 */
export function targetKey(targets: NoteTargets, id: string, depth = 0): string | undefined {
  const span = targets.span(id);
  if (span) return spanKey(span);
  if (depth > 2) return undefined;
  const event = targets.event(id);
  if (event) return `E ${event.type} ${targetKey(targets, event.trigger, depth + 1) ?? '?'}`;
  const relation = targets.relation(id);
  if (!relation) return undefined;
  const [from, to] = [relation.from, relation.to].map((end) => targetKey(targets, end, depth + 1));
  return `R ${relation.type} ${from ?? '?'} ${to ?? '?'}`;
}

/** A span's key (see {@link targetKey}): `T`, its label, its fragments in text order. */
export function spanKey(span: Pick<FormatSpan, 'label' | 'fragments'>): string {
  return `T ${span.label} ${listedFragments(span.fragments)}`;
}

/**
 * The kept typed notes of a document, each on the annotation it was on (found by `find`, see
 * `KeptTargets`: also once that annotation is edited), handed out as each is written: each note
 * goes back once, under its own type. Those left at the end are on annotations gone or not
 * written.
 * @example new KeptNotes([['Lemma', 'T Word 0 4', 'word', 'T1']], find).write(w, 'T1', 'T1') → #1\tLemma T1\tword
 */
export class KeptNotes {
  private readonly byTarget = new Map<string, TypedNote[]>();
  private lost = 0;

  constructor(
    notes: readonly TypedNote[],
    find: (key: string, id: string | undefined) => string | undefined,
  ) {
    for (const note of notes) {
      const target = find(note[1], note[3]);
      if (target === undefined) this.lost++;
      else this.byTarget.set(target, [...(this.byTarget.get(target) ?? []), note]);
    }
  }

  /** Writes the notes kept on the annotation `handle` (see `spanHandle`), written as `id`. */
  write(w: AnnWriter, handle: string, id: string): void {
    for (const [type, , note] of this.byTarget.get(handle) ?? [])
      w.push(`${w.next('#')}\t${type} ${id}\t${note}`);
    this.byTarget.delete(handle);
  }

  /** How many notes were not written: their annotation is gone, or was not written. */
  get unwritten(): number {
    let left = this.lost;
    for (const notes of this.byTarget.values()) left += notes.length;
    return left;
  }
}
