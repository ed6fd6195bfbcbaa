import { getOwn } from '../../collections';
import { createOffsetIndex, codePoints, type OffsetIndex } from '../../spans';
import { sentenceStarts, spacyEnglishTokens } from '../../text';
import type { FormatDocument, FormatRelation, FormatSpan } from '../common';
import { escapeAttribute } from '../common/xmlChars';
import { fingerprint, keptXmiOf, type KeptElement, type KeptXmi } from './keptXmi';
import { CAS_URI, XMI_URI } from './parseXmi';
import { labelFeature, namespaceOf, NAMED_ENTITY, RELATION, shortName, TOKEN } from './xmiTypes';

/** What one document's XMI holds, and what it could not. */
export interface WrittenXmi {
  readonly content: string;
  /** Spans written (a discontinuous one is not: a UIMA annotation has one extent). */
  readonly spans: number;
  /** Relations written (kept as they were or added). */
  readonly relations: number;
  /** Relations left out: an end is a span not written (discontinuous). */
  readonly relationsUnwritten: number;
  /** Whether the file the document came from was written back around the annotations. */
  readonly kept: boolean;
}

/** A feature structure to add: its type, its features in order (`begin`/`end` or ends first). */
interface NewElement {
  readonly type: string;
  readonly features: readonly (readonly [string, string])[];
}

/**
 * One document as UIMA CAS XMI. A document imported from an XMI file whose text is unchanged
 * is written back as it came: every feature structure Loupe did not read as it was, each span
 * and relation Loupe still holds unchanged as it was, the others added with new ids, and the
 * view's members updated. Any other document gets a new file INCEpTION imports: DKPro Core
 * tokens and sentences (spaCy's English tokens, Loupe's sentences), spans as their `layer`'s
 * type (named entities by default; label in `value`), relations as `webanno.custom.Relation`.
 * @example writeXmiDocument(doc).content.startsWith('<?xml')
 */
export function writeXmiDocument(doc: FormatDocument): WrittenXmi {
  const index = createOffsetIndex(doc.text);
  const kept = keptXmiOf(doc.metadata);
  const useKept = kept !== null && sofaText(kept) === doc.text;
  const base = useKept
    ? layoutOf(kept)
    : { ...freshLayout(doc.text, index), labels: kept?.labels ?? {} };
  const prints = new Map<string, string>(); // span id → its fingerprint
  const counts = new Map<string, number>();
  const want = (print: string) => counts.set(print, (counts.get(print) ?? 0) + 1);
  for (const span of doc.spans) {
    const print = spanPrint(span, index);
    prints.set(span.id ?? '', print);
    want(print);
  }
  for (const relation of doc.relations) want(relationPrint(relation, prints));
  // Read elements Loupe still holds unchanged are written back as they were; the others go.
  const available = new Map<string, string[]>(); // fingerprint → xmi:ids written back for it
  const elements: KeptElement[] = [];
  const dropped = new Set<string>();
  for (const element of base.elements) {
    const [, source, print] = element;
    const id = idIn(source) ?? '';
    if (print === undefined) elements.push(element);
    else if ((counts.get(print) ?? 0) > 0) {
      counts.set(print, (counts.get(print) ?? 0) - 1);
      elements.push(element);
      available.set(print, [...(available.get(print) ?? []), id]);
    } else dropped.add(id);
  }
  const take = (print: string) => available.get(print)?.shift();
  let next = maxId(elements) + 1;
  const added: { id: string; element: NewElement }[] = [];
  const spanIds = new Map<string, string>(); // Loupe span id → xmi:id
  const written = new Map<string, FormatSpan>(); // Loupe span id → the span, for its relations
  for (const span of doc.spans) {
    if (span.fragments.length > 1) continue;
    const print = prints.get(span.id ?? '') ?? '';
    const reused = take(print);
    const id = reused ?? String(next++);
    spanIds.set(span.id ?? '', id);
    written.set(span.id ?? '', span);
    if (reused === undefined)
      added.push({ id, element: spanElement(span, index, base.sofaId, base.labels) });
  }
  let relations = 0;
  for (const relation of doc.relations) {
    if (take(relationPrint(relation, prints)) !== undefined) {
      relations++;
      continue;
    }
    const from = spanIds.get(relation.from);
    const to = spanIds.get(relation.to);
    if (from === undefined || to === undefined) continue;
    relations++;
    const dependent = written.get(relation.to);
    const id = String(next++);
    added.push({
      id,
      element: relationElement(relation, from, to, dependent, index, base.sofaId, base.labels),
    });
  }
  const spans = doc.spans.filter((s) => s.fragments.length === 1).length;
  const content = assemble(base, elements, added, dropped);
  const relationsUnwritten = doc.relations.length - relations;
  return { content, spans, relations, relationsUnwritten, kept: useKept };
}

/** A layout as XMI to write around annotations, with its initial view's sofa id. */
type Layout = KeptXmi & { readonly sofaId: string };

function spanPrint(span: FormatSpan, index: OffsetIndex): string {
  const { start, end } = extent(span, index);
  const type = typeOf(span, NAMED_ENTITY);
  return fingerprint(type, `${start}:${end}`, span.label, span.attributes ?? {});
}

function relationPrint(relation: FormatRelation, prints: ReadonlyMap<string, string>): string {
  const ends = `${prints.get(relation.from) ?? ''}\u0001${prints.get(relation.to) ?? ''}`;
  return fingerprint(typeOf(relation, RELATION), ends, relation.type, relation.attributes ?? {});
}

/** A span's UTF-16 extent: its first fragment's start to its last's end. */
function extent(span: FormatSpan, index: OffsetIndex): { start: number; end: number } {
  const first = span.fragments[0];
  const last = span.fragments.at(-1);
  return {
    start: index.toUtf16(codePoints(first?.start ?? 0)),
    end: index.toUtf16(codePoints(last?.end ?? 0)),
  };
}

/** An annotation's UIMA type: its `layer` attribute, else the default. */
function typeOf(annotation: FormatSpan | FormatRelation, fallback: string): string {
  const layer = annotation.attributes?.layer;
  return typeof layer === 'string' &&
    /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(layer)
    ? layer
    : fallback;
}

/** The label feature and the other features of an annotation, in writing order. */
function features(
  annotation: FormatSpan | FormatRelation,
  type: string,
  label: string,
  labels: Readonly<Record<string, string>>,
): [string, string][] {
  const others = Object.entries(annotation.attributes ?? {})
    .filter(([k, v]) => k !== 'layer' && isFeatureName(k) && v !== null && v !== undefined)
    .map(([k, v]): [string, string] => [k, String(v)]);
  const known = getOwn(labels, type) ?? labelFeature(type, []);
  // A label that is the type's own short name came from no feature: none is written.
  if (known === undefined && label === shortName(type)) return others;
  const key = known ?? 'value';
  return [[key, label], ...others.filter(([k]) => k !== key)];
}

function isFeatureName(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name);
}

/** An annotation's first features: its sofa and its UTF-16 extent (a relation has its dependent's). */
function placed(sofa: string, { start, end }: { start: number; end: number }): [string, string][] {
  return [
    ['sofa', sofa],
    ['begin', String(start)],
    ['end', String(end)],
  ];
}

function spanElement(
  span: FormatSpan,
  index: OffsetIndex,
  sofa: string,
  labels: Readonly<Record<string, string>>,
): NewElement {
  const type = typeOf(span, NAMED_ENTITY);
  return {
    type,
    features: [...placed(sofa, extent(span, index)), ...features(span, type, span.label, labels)],
  };
}

function relationElement(
  relation: FormatRelation,
  from: string,
  to: string,
  dependent: FormatSpan | undefined,
  index: OffsetIndex,
  sofa: string,
  labels: Readonly<Record<string, string>>,
): NewElement {
  const type = typeOf(relation, RELATION);
  const where = dependent ? extent(dependent, index) : { start: 0, end: 0 };
  return {
    type,
    features: [
      ...placed(sofa, where),
      ['Governor', from],
      ['Dependent', to],
      ...features(relation, type, relation.type, labels),
    ],
  };
}

/** A kept layout with its initial view's sofa id. */
function layoutOf(kept: KeptXmi): Layout {
  const sofa = kept.elements.find(([, source]) => isSofa(source) && initialSofa(source));
  return { ...kept, sofaId: idIn(sofa?.[1] ?? '') ?? '1' };
}

function isSofa(source: string): boolean {
  return /^<[\w.-]+:Sofa\s/.test(source);
}

function initialSofa(source: string): boolean {
  const id = /\ssofaID="([^"]*)"/.exec(source)?.[1];
  return id === undefined || id === '_InitialView';
}

/** The text of a kept layout's initial view, or null. */
function sofaText(kept: KeptXmi): string | null {
  for (const [, source] of kept.elements) {
    if (!isSofa(source) || !initialSofa(source)) continue;
    const value = /\ssofaString="([^"]*)"/.exec(source)?.[1];
    return value === undefined ? null : unescapeXml(value);
  }
  return null;
}

function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

function idIn(source: string): string | undefined {
  return /\sxmi:id="(\d+)"/.exec(source)?.[1];
}

function maxId(elements: readonly KeptElement[]): number {
  let max = 0;
  for (const [, source] of elements) max = Math.max(max, Number(idIn(source) ?? 0));
  return max;
}

/** A new file's layout: the NULL structure, tokens and sentences, the sofa and its view. */
function freshLayout(text: string, index: OffsetIndex): Layout {
  const tokens = spacyEnglishTokens(text);
  const starts = sentenceStarts(text, tokens, []);
  const at = (n: number | undefined) => index.toUtf16(codePoints(n ?? 0));
  const elements: KeptElement[] = [['\n    ', '<cas:NULL xmi:id="0"/>']];
  let id = 2;
  const sentences: [number, number][] = [];
  const members: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    const begin = at(tokens.start[i]);
    const end = at(tokens.end[i]);
    if (starts[i] === 1 || sentences.length === 0) sentences.push([begin, end]);
    const open = sentences.at(-1);
    if (open) open[1] = end;
    members.push(String(id));
    elements.push([
      '\n    ',
      `<type5:Token xmi:id="${id++}" sofa="1" begin="${begin}" end="${end}"/>`,
    ]);
  }
  for (const [begin, end] of sentences) {
    members.push(String(id));
    elements.push([
      '\n    ',
      `<type5:Sentence xmi:id="${id++}" sofa="1" begin="${begin}" end="${end}"/>`,
    ]);
  }
  elements.push([
    '\n    ',
    `<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="${escapeAttribute(text)}"/>`,
  ]);
  elements.push(['\n    ', `<cas:View sofa="1" members="${members.join(' ')}"/>`]);
  const head = `<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="${XMI_URI}" xmlns:cas="${CAS_URI}" xmlns:tcas="http:///uima/tcas.ecore" xmlns:type5="${namespaceOf(TOKEN)}" xmi:version="2.0">`;
  return { head, elements, tail: '\n</xmi:XMI>\n', sofaId: '1', labels: {} };
}

/** The file: the head (with any namespace the added types need), the elements, the added ones before the sofa, the view's members updated. */
function assemble(
  base: Layout,
  elements: readonly KeptElement[],
  added: readonly { id: string; element: NewElement }[],
  dropped: ReadonlySet<string>,
): string {
  let head = base.head;
  const prefixes = new Map<string, string>();
  for (const m of head.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g))
    if (m[1] !== undefined && m[2] !== undefined) prefixes.set(m[2], m[1]);
  let n = 1;
  const prefixOf = (type: string): string => {
    const uri = namespaceOf(type);
    let prefix = prefixes.get(uri);
    if (prefix === undefined) {
      while ([...prefixes.values()].includes(`loupe${n}`)) n++;
      prefix = `loupe${n}`;
      prefixes.set(uri, prefix);
      head = head.replace(/(\sxmi:version=|>$)/, ` xmlns:${prefix}="${uri}"$1`);
    }
    return prefix;
  };
  const lines = added.map(({ id, element }) => {
    const attrs = element.features.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
    return `<${prefixOf(element.type)}:${shortName(element.type)} xmi:id="${id}"${attrs}/>`;
  });
  const out: string[] = [head];
  let placed = lines.length === 0;
  const newIds = added.map((a) => a.id);
  for (const [gap, source, read] of elements) {
    if (!placed && isSofa(source)) {
      for (const line of lines) out.push(gap, line);
      placed = true;
    }
    const view = isViewOf(source, base.sofaId);
    // A span or relation written back is as it was read; another element may name a dropped one.
    const written = view
      ? members(source, dropped, newIds)
      : read === undefined
        ? withoutDropped(source, dropped)
        : source;
    out.push(gap, written);
  }
  if (!placed) for (const line of lines) out.push('\n', line);
  out.push(base.tail);
  return out.join('');
}

function isViewOf(source: string, sofa: string): boolean {
  return /^<[\w.-]+:View\s/.test(source) && source.includes(` sofa="${sofa}"`);
}

/** A view element with dropped ids taken out of its members and new ones added. */
function members(source: string, dropped: ReadonlySet<string>, added: readonly string[]): string {
  if (dropped.size === 0 && added.length === 0) return source;
  return source.replace(/\smembers="([^"]*)"/, (_, list: string) => {
    const kept = list.split(/\s+/).filter((id) => id !== '' && !dropped.has(id));
    return ` members="${[...kept, ...added].join(' ')}"`;
  });
}

/**
 * A kept element with every reference to a dropped annotation taken out (a slot's link
 * target, a list of ids), so the file names no feature structure it no longer holds.
 * @example withoutDropped('<c:L xmi:id="5" target="9"/>', new Set(['9'])) === '<c:L xmi:id="5"/>'
 */
function withoutDropped(source: string, dropped: ReadonlySet<string>): string {
  if (dropped.size === 0) return source;
  return source.replace(/\s([\w.:-]+)="(\d+(?:\s+\d+)*)"/g, (whole, name: string, list: string) => {
    if (name === 'xmi:id' || name === 'sofa' || name === 'begin' || name === 'end') return whole;
    const ids = list.split(/\s+/);
    if (!ids.some((id) => dropped.has(id))) return whole;
    const left = ids.filter((id) => !dropped.has(id));
    return left.length === 0 ? '' : ` ${name}="${left.join(' ')}"`;
  });
}
