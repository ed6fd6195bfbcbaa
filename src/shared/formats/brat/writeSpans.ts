import type { Entity } from '../../model';
import type { Fragment, OffsetIndex } from '../../spans';
import { coveredText } from '../common';
import type { FormatSpan, Tally } from '../common';
import type { AnnWriter } from './annWriter';
import { LOUPE_DB } from './readNormalizations';
import { splitAtLineBreaks } from './splitAtLineBreaks';

/** Where each written span went: its T id and fragments (after splitting at line breaks). */
export interface WrittenSpan {
  readonly t: string;
  readonly fragments: readonly Fragment[];
  readonly span: FormatSpan;
}

/**
 * Writes a span's T line, its attributes (A), note (#) and entity link (N lines: the
 * kbId, then `Loupe:<entityId>`). Returns undefined for a span of line breaks only.
 * @example writeSpan(w, text, index, span(0, 3, 'ORG'), undefined, tally) → T1\tORG 0 3\tIBM
 */
export function writeSpan(
  w: AnnWriter,
  text: string,
  index: OffsetIndex,
  span: FormatSpan,
  entity: Entity | undefined,
  tally: Tally,
): WrittenSpan | undefined {
  const fragments = splitAtLineBreaks(text, index, span.fragments);
  if (fragments.length === 0) {
    tally.add('span of line breaks only');
    return undefined;
  }
  if (fragments.length !== span.fragments.length)
    tally.add('span crossing a line break split into fragments (as brat does)');
  const t = w.next('T');
  const offsets = fragments.map((f) => `${f.start} ${f.end}`).join(';');
  w.push(`${t}\t${w.word(span.label, 'label')} ${offsets}\t${coveredText(text, index, fragments)}`);
  for (const [name, value] of Object.entries(span.attributes ?? {}))
    writeAttribute(w, t, name, value, tally);
  if (span.note !== undefined)
    w.push(`${w.next('#')}\tAnnotatorNotes ${t}\t${w.text(span.note, 'a note')}`);
  if (span.entityId !== undefined) writeLink(w, t, span.entityId, entity, tally);
  return { t, fragments, span };
}

function writeAttribute(
  w: AnnWriter,
  t: string,
  name: string,
  value: string | number | boolean,
  tally: Tally,
): void {
  const key = w.word(name, 'attribute name');
  if (value === true) return w.push(`${w.next('A')}\t${key} ${t}`);
  if (value === false)
    return tally.add('false attribute (brat writes only attributes that are set)');
  if (value === '') return tally.add('empty attribute value');
  if (typeof value === 'number') tally.add('number attribute written as text');
  w.push(`${w.next('A')}\t${key} ${t} ${w.value(String(value), 'an attribute value')}`);
}

function writeLink(
  w: AnnWriter,
  t: string,
  entityId: string,
  entity: Entity | undefined,
  tally: Tally,
): void {
  if (!entity) tally.add('entity link to an entity not in the export');
  const name = w.text(entity?.name ?? entityId, 'an entity name');
  const kbId = entity?.kbId;
  if (kbId !== undefined) {
    if (/\s/u.test(kbId)) tally.add('entity kbId with whitespace');
    else w.push(`${w.next('N')}\tReference ${t} ${kbReference(kbId)}\t${name}`);
  }
  w.push(`${w.next('N')}\tReference ${t} ${LOUPE_DB}:${entityId}\t${name}`);
}

/** `Q30` → `Wikidata:Q30`; `UMLS:C1` stays; anything else → `KB:<kbId>` (read back unchanged). */
function kbReference(kbId: string): string {
  if (/^Q[0-9]+$/.test(kbId)) return `Wikidata:${kbId}`;
  if (/^[^\s:]+:\S+$/.test(kbId) && !/^(?:Wikidata|KB|Loupe):/.test(kbId)) return kbId;
  return `KB:${kbId}`;
}
