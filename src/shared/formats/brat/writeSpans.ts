import type { Entity, Normalization } from '../../model';
import type { Fragment, OffsetIndex } from '../../spans';
import { coveredText } from '../common';
import type { FormatSpan, Tally } from '../common';
import type { AnnWriter } from './annWriter';
import { fragmentsOf, listedFragments } from './fragmentOrders';
import { kbIdOf } from './readNormalizations';
import { splitAtLineBreaks } from './splitAtLineBreaks';

/** Where each written span went: its T id and fragments (after splitting at line breaks). */
export interface WrittenSpan {
  readonly t: string;
  readonly fragments: readonly Fragment[];
  readonly span: FormatSpan;
  /** Whether attribute, note or reference lines were written for it. */
  readonly decorated: boolean;
}

/**
 * Writes a span's T line, its attributes (A), note (#) and references (N lines: the ones it
 * was imported with, as written, and its entity's kbId). Fragments go in text order, or in
 * the order a brat file listed them (`orders`, from `fragmentOrdersOf`). Returns
 * undefined for a span of line breaks only.
 * @example writeSpan(w, text, index, span(0, 3, 'ORG'), undefined, tally) → T1\tORG 0 3\tIBM
 */
export function writeSpan(
  w: AnnWriter,
  text: string,
  index: OffsetIndex,
  span: FormatSpan,
  entity: Entity | undefined,
  tally: Tally,
  orders: ReadonlyMap<string, string> = new Map(),
): WrittenSpan | undefined {
  const fragments = splitAtLineBreaks(text, index, span.fragments);
  if (fragments.length === 0) {
    tally.add('span of line breaks only');
    return undefined;
  }
  if (fragments.length !== span.fragments.length)
    tally.note('span crossing a line break split into fragments (as brat does)');
  const t = w.own('T', span.id);
  const asRead = orders.get(listedFragments(fragments));
  const listed = asRead === undefined ? fragments : fragmentsOf(asRead);
  w.push(
    `${t}\t${w.type(span.label, 'label')} ${listedFragments(listed)}\t${coveredText(text, index, listed)}`,
  );
  const before = w.length;
  writeAttributes(w, t, span.attributes, tally);
  if (span.note !== undefined) w.note(t, span.note);
  writeReferences(w, t, span, entity, tally);
  return { t, fragments, span, decorated: w.length > before };
}

/** One A line per attribute that is set; brat has no false or empty attribute. */
export function writeAttributes(
  w: AnnWriter,
  target: string,
  attributes: Readonly<Record<string, string | number | boolean>> | undefined,
  tally: Tally,
): void {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const key = w.type(name, 'attribute name');
    if (value === true) w.push(`${w.next('A')}\t${key} ${target}`);
    else if (value === false)
      tally.add('false attribute (brat writes only attributes that are set)');
    else if (value === '') tally.add('empty attribute value');
    else {
      if (typeof value === 'number') tally.note('number attribute written as text');
      w.push(`${w.next('A')}\t${key} ${target} ${w.value(String(value), 'an attribute value')}`);
    }
  }
}

function writeReferences(
  w: AnnWriter,
  t: string,
  span: FormatSpan,
  entity: Entity | undefined,
  tally: Tally,
): void {
  const references: Normalization[] = [...(span.normalizations ?? [])];
  const kbId = entity?.kbId;
  if (kbId !== undefined && !references.some((r) => kbIdOf(r) === kbId)) {
    const reference = referenceOf(kbId);
    if (reference) references.push({ ...reference, text: entity?.name ?? kbId });
    else tally.add('entity kbId with whitespace');
  }
  if (span.entityId !== undefined && references.length === 0)
    tally.add('entity link without a knowledge base id (brat has no place for it)');
  for (const r of references) w.push(referenceLine(w, t, r));
}

/** An N line in the form its reference was read in (see `NormalizationForm`), brat's by default. */
function referenceLine(w: AnnWriter, t: string, r: Normalization): string {
  const text = r.text === undefined ? '' : w.text(r.text, 'a reference text');
  const n = w.next('N');
  const [db, key] = [w.word(r.db, 'a database name'), w.word(r.key, 'a reference key')];
  const tail = r.form && text === '' ? '' : `\t${text}`;
  if (r.form === 'bacteriaBiotope') return `${n}\t${db} Annotation:${t} Referent:${key}${tail}`;
  if (r.form === 'bionlp2013')
    return `${n}\tReference Annotation:${t} Referent:${db}:${key}${tail}`;
  if (r.form === 'bionlp2013ReferentFirst')
    return `${n}\tReference Referent:${db}:${key} Annotation:${t}${tail}`;
  return `${n}\tReference ${t} ${db}:${key}\t${text}`;
}

/** `Q30` → `Wikidata:Q30`; `UMLS:C1` → `UMLS:C1`; anything else → `KB:<kbId>` (each read back to the same kbId). */
function referenceOf(kbId: string): { db: string; key: string } | undefined {
  if (/\s/u.test(kbId)) return undefined;
  if (/^Q[0-9]+$/.test(kbId)) return { db: 'Wikidata', key: kbId };
  const colon = kbId.indexOf(':');
  if (colon > 0 && colon < kbId.length - 1) {
    const reference = { db: kbId.slice(0, colon), key: kbId.slice(colon + 1) };
    if (kbIdOf(reference) === kbId) return reference;
  }
  return { db: 'KB', key: kbId };
}
