import { compareNames, getOwn, isRecord } from '../../collections';
import { codePoints, createOffsetIndex, type OffsetIndex } from '../../spans';
import type { FormatDocument, FormatRelation, FormatSpan, Tally } from '../common';
import { escapeText, escapeValue } from './escaping';
import { keptSentenceIds, sentenceKey } from './keptSentenceIds';
import { chainCells, keptChains } from './keptChains';
import { KEPT_WEBANNO } from './keptWebanno';
import {
  layerOf,
  layersToWrite,
  NAMED_ENTITY,
  RELATION,
  shortName,
  type LayerToWrite,
} from './webannoLayers';
import { webannoUnits, type UnitToWrite } from './webannoUnits';

/** A span on its rows: first and last row index, and its disambiguation id (0: none needed). */
interface Placed {
  readonly span: FormatSpan;
  readonly layer: string;
  readonly first: number;
  readonly last: number;
  id: number;
}

/**
 * One document as a WebAnno TSV 3.3 file, as INCEpTION writes one: the header, then each
 * sentence's `#Text=` lines and token rows (UTF-16 offsets), span layers in columns with
 * `[n]` ids for spans over several rows or stacked, relations on their target's first row
 * with the source's row and `[source_target]` ids. Sentences tile the text, so the text
 * comes back as it was (but whitespace before the first token, read back as spaces).
 * Chain layers an import kept (`#T_CH=`) go back on the rows covering their cells' rows.
 * A `#Sentence.id=` line an import kept goes back before the sentence that still spans what
 * its sentence spanned (every one, for a file INCEpTION wrote and Loupe splits alike); the
 * others are counted by the caller. What TSV cannot hold is counted in `tally`.
 * @example webannoDocumentTsv(doc, tally).content.startsWith('#FORMAT=WebAnno TSV 3.3\n')
 */
export function webannoDocumentTsv(
  doc: FormatDocument,
  tally: Tally,
): {
  content: string;
  spans: number;
  relations: number;
  sentenceIdsUnwritten: number;
  keptUnwritten: number;
} {
  const text = doc.text;
  const index = createOffsetIndex(text);
  const single = doc.spans.filter((s) => s.fragments.length === 1);
  const chains = keptChains(doc);
  const units = webannoUnits(text, single, chains?.edges);
  const placed = placeSpans(single, units, tally);
  const byId = new Map(placed.map((p) => [p.span.id ?? '', p]));
  const relations = doc.relations.filter((r) => {
    const ok =
      byId.has(r.from) && byId.has(r.to) && byId.get(r.from)?.layer === byId.get(r.to)?.layer;
    if (!ok) tally.add('relation not between two spans of one layer');
    return ok;
  });
  const spanLayers = layersToWrite(
    placed.map((p) => p.span),
    doc,
    NAMED_ENTITY,
  );
  const relationLayers = layersToWrite(relations, doc, RELATION);
  const bases = new Map<string, string>();
  const kept = relations.filter((r) => {
    const layer = layerOf(r, RELATION);
    const base = byId.get(r.from)?.layer ?? '';
    if (!bases.has(layer)) bases.set(layer, base);
    if (bases.get(layer) === base) return true;
    tally.add('relation not between two spans of one layer');
    return false;
  });
  assignIds(placed, units.length);
  const header = [
    '#FORMAT=WebAnno TSV 3.3',
    ...spanLayers.map((l) => `#T_SP=${[l.name, ...l.features].join('|')}`),
    ...(chains?.layers ?? []),
    ...relationLayers
      .filter((l) => bases.has(l.name))
      .map((l) => `#T_RL=${[l.name, ...l.features, `BT_${bases.get(l.name) ?? ''}`].join('|')}`),
  ];
  const rowIds = unitIds(units);
  const cells = columnsOf(units.length, placed, spanLayers, kept, relationLayers, byId, rowIds);
  // Kept chain columns go between the span layers' and the relation layers', as the header has them.
  const chained = chains ? chainCells(chains, units) : { cells: [], unwritten: 0 };
  const spanColumns = spanLayers.reduce((n, l) => n + l.features.length, 0);
  for (const [r, row] of cells.entries()) row.splice(spanColumns, 0, ...(chained.cells[r] ?? []));
  const lines = [...header, '', ''];
  const lead = text.slice(0, utf16(index, units[0]?.start ?? 0));
  if (/[^ ]/.test(lead)) tally.add('text before the first token, read back as spaces');
  const sentenceIds = keptSentenceIds(doc);
  let idsWritten = 0;
  const keptFile = doc.metadata?.[KEPT_WEBANNO];
  const preamble = isRecord(keptFile) && Array.isArray(keptFile.preamble) ? keptFile.preamble : [];
  for (const [i, unit] of units.entries()) {
    if (unit.opens) {
      // Lines the file had before its first sentence's text go in that sentence's header, which INCEpTION reads past.
      if (i === 0) lines.push(...preamble.filter((l) => typeof l === 'string'));
      if (i > 0) lines.push('');
      // A kept id goes back on the sentence that still has its extent, before its #Text= lines as INCEpTION writes it.
      const id = sentenceIds.ids.get(sentenceKey(unit.start, units[lastOf(units, i)]?.end ?? 0));
      if (id !== undefined) {
        lines.push(`#Sentence.id=${escapeText(id)}`);
        idsWritten++;
      }
      lines.push(...sentenceLines(text, index, units, i));
    }
    const begin = utf16(index, unit.start);
    const end = utf16(index, unit.end);
    const row = [rowIds[i] ?? '', `${begin}-${end}`, text.slice(begin, end), ...(cells[i] ?? [])];
    lines.push(`${row.join('\t')}\t`);
  }
  // The file's CRLF line ends and a missing line break after its last line are written back so.
  const eol = isRecord(keptFile) && keptFile.lineEnd === '\r\n' ? '\r\n' : '\n';
  const open = isRecord(keptFile) && keptFile.openEnd === true;
  return {
    content: `${lines.join(eol)}${open ? '' : eol}`,
    spans: placed.length,
    relations: kept.length,
    sentenceIdsUnwritten: sentenceIds.count - idsWritten,
    keptUnwritten:
      (isRecord(keptFile) && Array.isArray(keptFile.kept) ? keptFile.kept.length : 0) -
      (chains?.count ?? 0) +
      chained.unwritten,
  };
}

/** The `#Text=` lines of the sentence opening at row `at`: the text up to the next sentence, split at line breaks. */
function sentenceLines(
  text: string,
  index: OffsetIndex,
  units: readonly UnitToWrite[],
  at: number,
): string[] {
  const next = lastOf(units, at) + 1;
  const start = utf16(index, units[at]?.start ?? 0);
  const end = next < units.length ? utf16(index, units[next]?.start ?? 0) : text.length;
  // A reader puts a line break between sentences, then spaces up to the next one's offset
  // (INCEpTION's reading of a gap, e.g. TermFrame's exports): those it makes are left to it.
  const sentence = text.slice(start, end);
  const last = next >= units.length;
  return (last ? sentence : sentence.replace(/\n *$/, ''))
    .split('\n')
    .map((line) => `#Text=${escapeText(line)}`);
}

/** The last row of the sentence opening at row `at`. */
function lastOf(units: readonly UnitToWrite[], at: number): number {
  let last = at;
  while (last + 1 < units.length && !units[last + 1]?.opens) last++;
  return last;
}

/** Spans on the rows they cover; a span over whitespace only is left out, counted. */
function placeSpans(
  spans: readonly FormatSpan[],
  units: readonly UnitToWrite[],
  tally: Tally,
): Placed[] {
  const placed: Placed[] = [];
  for (const span of spans) {
    const f = span.fragments[0];
    if (!f) continue;
    const first = firstAtOrAfter(units, f.start);
    let last = first;
    while (last + 1 < units.length && (units[last + 1]?.end ?? Infinity) <= f.end) last++;
    if (first >= units.length || (units[first]?.end ?? Infinity) > f.end) {
      tally.add('span over whitespace only');
      continue;
    }
    if (units[first]?.start !== f.start || units[last]?.end !== f.end)
      tally.add('span edge in whitespace, moved to its tokens');
    placed.push({ span, layer: layerOf(span, NAMED_ENTITY), first, last, id: 0 });
  }
  // As INCEpTION orders a unit's annotations (begin, then the longer first), spans on the same
  // rows by id: a project lists them by label, and ids a WebAnno import gave (T1, T2, …) are
  // in the file's stacking order, so PERSON[1]|LOCATION[2] comes back so.
  return placed.sort(
    (a, b) =>
      a.first - b.first || b.last - a.last || compareNames(a.span.id ?? '', b.span.id ?? ''),
  );
}

function firstAtOrAfter(units: readonly UnitToWrite[], at: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((units[middle]?.start ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Gives `[n]` ids, in row order, to spans over several rows or stacked with another of their layer. */
function assignIds(placed: Placed[], rows: number): void {
  const count = new Map<string, number>();
  for (const p of placed)
    for (let r = p.first; r <= p.last; r++)
      count.set(`${p.layer}\t${r}`, (count.get(`${p.layer}\t${r}`) ?? 0) + 1);
  let next = 1;
  for (const p of placed) {
    let stacked = false;
    for (let r = p.first; r <= p.last && r < rows; r++)
      if ((count.get(`${p.layer}\t${r}`) ?? 0) > 1) stacked = true;
    if (stacked || p.last > p.first) p.id = next++;
  }
}

/** Every row's annotation cells: span layers' features, then relation layers' features and source. */
function columnsOf(
  rows: number,
  placed: readonly Placed[],
  spanLayers: readonly LayerToWrite[],
  relations: readonly FormatRelation[],
  relationLayers: readonly LayerToWrite[],
  byId: ReadonlyMap<string, Placed>,
  rowIds: readonly string[],
): string[][] {
  const out: string[][] = Array.from({ length: rows }, () => []);
  for (const layer of spanLayers) {
    const on: Placed[][] = Array.from({ length: rows }, () => []);
    for (const p of placed)
      if (p.layer === layer.name) for (let r = p.first; r <= p.last; r++) on[r]?.push(p);
    for (const [feature, name] of layer.features.entries())
      for (let r = 0; r < rows; r++)
        out[r]?.push(
          cell(
            on[r] ?? [],
            (p) => valueOf(p.span, layer.name, name, feature === 0) + (p.id > 0 ? `[${p.id}]` : ''),
          ),
        );
  }
  for (const layer of relationLayers) {
    const on: FormatRelation[][] = Array.from({ length: rows }, () => []);
    for (const r of relations)
      if (layerOf(r, RELATION) === layer.name) on[byId.get(r.to)?.first ?? 0]?.push(r);
    for (const [feature, name] of layer.features.entries())
      for (let r = 0; r < rows; r++)
        out[r]?.push(cell(on[r] ?? [], (rel) => valueOf(rel, layer.name, name, feature === 0)));
    for (let r = 0; r < rows; r++)
      out[r]?.push(
        cell(on[r] ?? [], (rel) => {
          const from = byId.get(rel.from);
          const to = byId.get(rel.to);
          const ids =
            (from?.id ?? 0) + (to?.id ?? 0) > 0 ? `[${from?.id ?? 0}_${to?.id ?? 0}]` : '';
          return `${rowIds[from?.first ?? 0] ?? ''}${ids}`;
        }),
      );
  }
  return out;
}

/** Row ids `sentence-token`, both 1-based. */
function unitIds(units: readonly UnitToWrite[]): string[] {
  let sentence = 0;
  let token = 0;
  return units.map((u) => {
    if (u.opens || sentence === 0) {
      sentence++;
      token = 0;
    }
    token++;
    return `${sentence}-${token}`;
  });
}

/** A cell of stacked values, or `_` when the row has none. */
function cell<T>(values: readonly T[], write: (value: T) => string): string {
  return values.length === 0 ? '_' : values.map(write).join('|');
}

/**
 * A feature's value escaped, `*` when unset: the label for the layer's first feature (unset
 * when it is the layer's short name, which a WebAnno import gives an annotation without
 * value), else the attribute.
 */
function valueOf(
  annotation: FormatSpan | FormatRelation,
  layer: string,
  feature: string,
  label: boolean,
): string {
  const name = 'label' in annotation ? annotation.label : annotation.type;
  const value = label
    ? name === shortName(layer)
      ? undefined
      : name
    : annotation.attributes
      ? getOwn(annotation.attributes, feature)
      : undefined;
  return value === undefined || value === '' ? '*' : escapeValue(String(value));
}

function utf16(index: OffsetIndex, at: number): number {
  return index.toUtf16(codePoints(at));
}
