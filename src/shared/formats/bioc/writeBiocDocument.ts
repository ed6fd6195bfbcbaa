import type { FormatDocument, FormatRelation, FormatSpan } from '../common';
import { layOut, piecesOf, type BiocLayout } from './biocLayout';
import { freshId } from './biocIds';
import { relationSignature, spanSignature } from './biocSignature';
import {
  attributeOf,
  childrenNamed,
  infonsOf,
  textOf,
  type BiocElement,
  type BiocNode,
} from './biocTree';
import type { KeptBioc } from './keptBioc';
import { LABEL_KEY } from './readBiocDocument';

/**
 * A document as a BioC `document` element, how many spans and relations it holds, and what
 * was left out of relations kept as written: nodes naming a deleted annotation, and relations
 * all of whose nodes did.
 */
export interface WrittenBioc {
  readonly element: BiocElement;
  readonly spans: number;
  readonly relations: number;
  readonly droppedNodes: number;
  readonly droppedRelations: number;
}

/**
 * A document as a BioC `document` element. One read from BioC is written from the element it
 * kept: each annotation (relation) element whose span (relation) is unchanged as it was, a
 * changed one anew, a deleted one left out, new ones added to the passage holding their start
 * (new relations to the document); offsets in the unit the file counted. A relation kept as
 * written loses its nodes naming a deleted annotation, and is left out when none is left. Another document is
 * one passage at offset 0 holding its text.
 * @example writeBiocDocument(doc, null).element.name === 'document'
 */
export function writeBiocDocument(doc: FormatDocument, kept: KeptBioc | null): WrittenBioc {
  const unit = kept?.unit ?? 'codepoint';
  const base = kept ? withTexts(kept.document, doc.text) : freshDocument(doc);
  const pieces = piecesOf(base);
  const laid = Array.isArray(pieces) ? layOut(pieces, unit) : null;
  const layout =
    laid && 'text' in laid && laid.text === doc.text
      ? laid
      : layOut([{ offset: 0, text: doc.text, line: 0 }], unit);
  if (!('text' in layout)) throw new Error('one piece cannot overlap');
  const spans = new Map(doc.spans.map((s, i) => [s.id ?? `a${i + 1}`, s]));
  // Relations by id, in order: two of one id (or one without an id whose `r2` is another's) are two.
  const relations = new Map<string, FormatRelation[]>();
  for (const [i, r] of doc.relations.entries()) {
    const id = r.id ?? `r${i + 1}`;
    relations.set(id, [...(relations.get(id) ?? []), r]);
  }
  let written = 0;
  const refs = annotationIds(base);
  const deleted = new Set(
    [...refs].filter(([span]) => !spans.has(span)).map(([, annotation]) => annotation),
  );
  const dropped = { nodes: 0, relations: 0 };
  const seen = new Set<string>();
  const rewrite = (element: BiocElement): BiocElement | null => {
    if (element.span !== undefined) {
      seen.add(`s${element.span}`);
      const span = spans.get(element.span);
      if (!span) return null;
      return spanSignature(span) === element.signature
        ? element
        : annotationOf(element.span, span, layout, element);
    }
    if (element.relation !== undefined) {
      const relation = relations.get(element.relation)?.shift();
      if (!relation) return null;
      written++;
      return relationSignature(relation) === element.signature
        ? element
        : relationOf(element.relation, relation, refs);
    }
    if (element.name === 'relation' && deleted.size > 0)
      return withoutNodes(element, deleted, dropped);
    return { ...element, children: rewriteChildren(element.children, rewrite) };
  };
  let document = rewrite(base) ?? base;
  const added = [...spans].filter(([id]) => !seen.has(`s${id}`));
  for (const [id, span] of added)
    document = withAnnotation(document, annotationOf(id, span, layout), layout, span);
  const taken = idsIn(document);
  for (const id of spans.keys()) taken.add(id);
  const newRelations = [...relations].flatMap(([wanted, left]) =>
    left.map((r) => {
      const id = freshId(wanted, 'r', 1, (i) => taken.has(i));
      taken.add(id);
      return relationOf(id, r, refs);
    }),
  );
  written += newRelations.length;
  if (newRelations.length > 0)
    document = { ...document, children: appended(document.children, newRelations) };
  return {
    element: document,
    spans: spans.size,
    relations: written,
    droppedNodes: dropped.nodes,
    droppedRelations: dropped.relations,
  };
}

/** A kept relation without its nodes naming a deleted annotation (counted); null when it had nodes and none is left. */
function withoutNodes(
  relation: BiocElement,
  deleted: ReadonlySet<string>,
  dropped: { nodes: number; relations: number },
): BiocElement | null {
  const nodes = childrenNamed(relation, 'node');
  const gone = new Set(nodes.filter((n) => deleted.has(attributeOf(n, 'refid') ?? '')));
  if (gone.size === 0) return relation;
  dropped.nodes += gone.size;
  if (gone.size === nodes.length) {
    dropped.relations++;
    return null;
  }
  return {
    ...relation,
    children: rewriteChildren(relation.children, (c) => (gone.has(c) ? null : c)),
  };
}

/** A kept element with the words of each `<text>` kept by its place put back from the document's text. */
function withTexts(element: BiocElement, text: string): BiocElement {
  const { textAt, ...rest } = element;
  const place = textAt === undefined ? null : /^(\d{1,12}):(\d{1,12})$/.exec(textAt);
  if (place) return { ...rest, children: [text.slice(Number(place[1]), Number(place[2]))] };
  return {
    ...rest,
    children: element.children.map((c) => (typeof c === 'string' ? c : withTexts(c, text))),
  };
}

/** Children rewritten; an element left out takes the indentation before it along. */
function rewriteChildren(
  children: readonly BiocNode[],
  rewrite: (e: BiocElement) => BiocElement | null,
): BiocNode[] {
  const out: BiocNode[] = [];
  for (const child of children) {
    if (typeof child === 'string') {
      out.push(child);
      continue;
    }
    const next = rewrite(child);
    if (next) out.push(next);
    else if (typeof out.at(-1) === 'string' && /^\s*$/.test(String(out.at(-1)))) out.pop();
  }
  return out;
}

function freshDocument(doc: FormatDocument): BiocElement {
  return element(
    'document',
    [],
    [
      element('id', [], [doc.name]),
      element('passage', [], [element('offset', [], ['0']), element('text', [], [doc.text])]),
    ],
  );
}

/** An element of BioC as Loupe writes it. @example element('offset', [], ['0']) */
export function element(
  name: string,
  attributes: readonly (readonly [string, string])[],
  children: readonly BiocNode[],
): BiocElement {
  return { name, attributes, children, built: true };
}

function annotationOf(
  id: string,
  span: FormatSpan,
  layout: BiocLayout,
  was?: BiocElement,
): BiocElement {
  const labelKey = was
    ? ((infonsOf(was).find(([k]) => k === LABEL_KEY) ?? infonsOf(was)[0])?.[0] ?? LABEL_KEY)
    : LABEL_KEY;
  const chars = layout.chars;
  const infons = [
    [labelKey, span.label],
    ...Object.entries(span.attributes ?? {}).map(([k, v]) => [k, String(v)]),
  ];
  const locations = span.fragments.map((f) =>
    element(
      'location',
      [
        ['offset', String(layout.unitAt[f.start] ?? 0)],
        ['length', String((layout.unitAt[f.end] ?? 0) - (layout.unitAt[f.start] ?? 0))],
      ],
      [],
    ),
  );
  const covered = span.fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' ');
  return element(
    'annotation',
    [['id', (was && attributeOf(was, 'id')) ?? id]],
    [...infonElements(infons, was), ...locations, element('text', [], [covered])],
  );
}

/**
 * Infons as `<infon>` elements, in the order the annotation had them (new ones after); one
 * whose value is unchanged is its element as read (BioC JSON keeps a value that was not a
 * string so).
 */
function infonElements(infons: readonly string[][], was: BiocElement | undefined): BiocElement[] {
  const old = was ? childrenNamed(was, 'infon') : [];
  const at = (key: string) => {
    const i = old.findIndex((o) => attributeOf(o, 'key') === key);
    return i < 0 ? old.length : i;
  };
  return infons
    .map(([k = '', v = '']) => ({
      key: k,
      element:
        old.find((o) => attributeOf(o, 'key') === k && textOf(o) === v) ??
        element('infon', [['key', k]], [v]),
    }))
    .sort((a, b) => at(a.key) - at(b.key))
    .map((i) => i.element);
}

/** The ids an element and those in it are written with or were read as (a relation's nodes name them). */
function idsIn(element: BiocElement, ids = new Set<string>()): Set<string> {
  const own = attributeOf(element, 'id');
  if (own !== undefined) ids.add(own);
  if (element.relation !== undefined) ids.add(element.relation);
  if (element.span !== undefined) ids.add(element.span);
  for (const child of element.children) if (typeof child !== 'string') idsIn(child, ids);
  return ids;
}

/** By span id, the id its annotation element was written with (a relation's nodes name it). */
function annotationIds(document: BiocElement): Map<string, string> {
  const ids = new Map<string, string>();
  const visit = (element: BiocElement) => {
    const own = attributeOf(element, 'id');
    if (element.span !== undefined && own !== undefined) ids.set(element.span, own);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(document);
  return ids;
}

function relationOf(
  id: string,
  relation: FormatRelation,
  refs: ReadonlyMap<string, string>,
): BiocElement {
  const infons = [
    [LABEL_KEY, relation.type],
    ...Object.entries(relation.attributes ?? {}).map(([k, v]) => [k, String(v)]),
  ];
  return element(
    'relation',
    [['id', id]],
    [
      ...infons.map(([k, v]) => element('infon', [['key', k ?? '']], [v ?? ''])),
      element(
        'node',
        [
          ['refid', refs.get(relation.from) ?? relation.from],
          ['role', relation.fromRole ?? ''],
        ],
        [],
      ),
      element(
        'node',
        [
          ['refid', refs.get(relation.to) ?? relation.to],
          ['role', relation.toRole ?? ''],
        ],
        [],
      ),
    ],
  );
}

/** `document` with `annotation` added to the passage holding the span's start (after its annotations). */
function withAnnotation(
  document: BiocElement,
  annotation: BiocElement,
  layout: BiocLayout,
  span: FormatSpan,
): BiocElement {
  const start = layout.unitAt[span.fragments[0]?.start ?? 0] ?? 0;
  const passages = childrenNamed(document, 'passage');
  const holder =
    passages
      .filter((p) => Number(childrenNamed(p, 'offset')[0]?.children.join('').trim() ?? 0) <= start)
      .at(-1) ?? passages[0];
  if (!holder) return { ...document, children: appended(document.children, [annotation]) };
  const children = document.children.map((c) =>
    c === holder ? { ...holder, children: inserted(holder.children, annotation) } : c,
  );
  return { ...document, children };
}

/** Children with `annotation` put after the last annotation (else before the first relation, else at the end). */
function inserted(children: readonly BiocNode[], annotation: BiocElement): BiocNode[] {
  const names = children.map((c) => (typeof c === 'string' ? '' : c.name));
  const lastAnnotation = names.lastIndexOf('annotation');
  const firstRelation = names.indexOf('relation');
  const at =
    lastAnnotation >= 0 ? lastAnnotation + 1 : firstRelation >= 0 ? firstRelation : children.length;
  const indent = children.find((c): c is string => typeof c === 'string' && /^\s+$/.test(c));
  const out = [...children];
  out.splice(
    at,
    0,
    ...(indent && at < children.length
      ? [annotation, indent]
      : indent
        ? [indent, annotation]
        : [annotation]),
  );
  return out;
}

function appended(children: readonly BiocNode[], added: readonly BiocElement[]): BiocNode[] {
  const indent = children.find((c): c is string => typeof c === 'string' && /^\s+$/.test(c));
  const tail = typeof children.at(-1) === 'string' ? [children.at(-1) ?? ''] : [];
  const body = tail.length > 0 ? children.slice(0, -1) : [...children];
  for (const a of added) body.push(...(indent ? [indent, a] : [a]));
  return [...body, ...tail];
}
