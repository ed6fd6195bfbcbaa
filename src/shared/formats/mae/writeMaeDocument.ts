import { getOwn } from '../../collections';
import { createOffsetIndex } from '../../spans';
import { countOf } from '../../text';
import type { FormatDocument, Tally } from '../common';
import { keptMaeOf, type KeptMae, type KeptTag } from './keptMae';
import { keptAttributes } from './keptLinks';
import {
  codeOf,
  hasForbidden,
  withoutForbidden,
  XML_REPLACEMENT,
  xmlText,
  type XmlText,
} from '../common/xmlChars';
import { OFFSET_ATTRIBUTES } from './readExtent';
import { cdata, extentText, isXmlName, MAE_PROLOG, spansAttribute, tagLine } from './maeXml';
import { DOCUMENT_LEVEL_SPANS, taskTags } from './documentLabels';

/** The root (task) name of a document that did not come from MAE. */
export const DEFAULT_ROOT = 'LoupeTask';

type Attributes = [string, string][];

/**
 * One document as a MAE file, as MAE 2 writes it: the text in CDATA, then a line per tag
 * (spans as extent tags, relations as links, document labels named after the task as
 * document-level tags, `spans="-1~-1"` as MedTator writes them). What the document kept from
 * a MAE file (root name, declaration, non-consuming tags, other links, text attributes, tag
 * order, how tags close and lines break) is written back, so a MAE file imported and
 * exported is the same file; its document-level tags while their labels are there. What MAE cannot hold
 * (a label or attribute name that is no XML name, a relation to something not written) is
 * counted in `tally`; characters XML cannot hold or would read otherwise (controls, CR) are
 * written as one character each in their place ({@link xmlText}), named in `tally`.
 * @example maeDocumentXml(doc, tally).content.startsWith('<?xml version="1.0" encoding="UTF-8" ?>')
 */
export function maeDocumentXml(
  doc: FormatDocument,
  tally: Tally,
): { content: string; spans: number; relations: number } {
  const kept = keptMaeOf(doc.metadata);
  // The text as XML carries it, each character at its offsets (in code points and UTF-16 units).
  const safe = xmlText(doc.text);
  tallyChanged(doc.name, safe, tally);
  const index = createOffsetIndex(safe.text);
  const padded = kept ? kept.padded === true : true;
  const close = (bare: boolean) => (kept?.tight ? '/>' : padded && bare ? '  />' : ' />');
  const lines = new Map<string, string>();
  const written = new Map<string, { id: string; text: string }>(); // by the span's own id
  // A kept tag keeps its id: a span or relation of the same id is written under another.
  const keptIds = new Set((kept?.kept ?? []).map(idOf));
  const taken = (id: string) => lines.has(id) || keptIds.has(id);
  const fresh = (wanted: string | undefined, prefix: string) => {
    let id = wanted ?? `${prefix}${lines.size}`;
    for (let n = 2; taken(id); n++) id = `${wanted ?? prefix}-${n}`;
    return id;
  };
  for (const span of doc.spans) {
    if (!isXmlName(span.label)) {
      tally.add('label that is not an XML name');
      continue;
    }
    const id = fresh(span.id, 'T');
    const spans = spansAttribute(index, span.fragments);
    const keptText = kept?.texts[span.id ?? id];
    const text =
      keptText?.key === spans
        ? (keptText.values.text ?? '')
        : extentText(safe.text, index, span.fragments);
    const offsets: Attributes =
      kept?.startEnd && span.fragments.length === 1
        ? [
            ['start', spans.split('~')[0] ?? ''],
            ['end', spans.split('~')[1] ?? ''],
          ]
        : [['spans', spans]];
    const attributes = namedAttributes(span.attributes, tally);
    const line = [['id', id], ...offsets, ['text', text], ...attributes] satisfies Attributes;
    const ordered = inOrder(line, orderOf(kept, span.id ?? id, span.label));
    lines.set(id, tagLine(span.label, ordered, close(attributes.length === 0)));
    written.set(span.id ?? id, { id, text });
  }
  let relations = 0;
  for (const relation of doc.relations) {
    const from = written.get(relation.from);
    const to = written.get(relation.to);
    if (from === undefined || to === undefined || !isXmlName(relation.type)) {
      tally.add(
        from === undefined || to === undefined
          ? 'relation to something not written'
          : 'relation type that is not an XML name',
      );
      continue;
    }
    const id = fresh(relation.id, 'L');
    const fromRole = relation.fromRole ?? 'from';
    const toRole = relation.toRole ?? 'to';
    const keptText = kept?.texts[relation.id ?? id];
    const texts = keptText?.key === `${relation.from} ${relation.to}` ? keptText.values : {};
    const args: Attributes = [
      [`${fromRole}ID`, from.id],
      [`${fromRole}Text`, texts[`${fromRole}Text`] ?? from.text],
      [`${toRole}ID`, to.id],
      [`${toRole}Text`, texts[`${toRole}Text`] ?? to.text],
    ];
    const attributes = namedAttributes(relation.attributes, tally);
    const line = inOrder(
      [['id', id], ...args, ...attributes],
      orderOf(kept, relation.id ?? id, relation.type),
    );
    lines.set(id, tagLine(relation.type, line, close(false)));
    if (relation.note !== undefined) tally.add('relation note');
    relations++;
  }
  const writtenIds = new Set(lines.keys());
  const root = kept?.root ?? DEFAULT_ROOT;
  const wanted = taskTags(doc.documentLabels, root);
  tally.add('document label', wanted.others);
  const pending = [...wanted.tags];
  const documentLevel = new Set(kept?.documentLevel ?? []);
  for (const tag of kept?.kept ?? []) {
    const id = idOf(tag);
    // A document-level tag goes back while its label is there; one taken off in Loupe does not.
    if (documentLevel.has(id)) {
      const at = pending.indexOf(tag.tag);
      if (at < 0) continue;
      pending.splice(at, 1);
    }
    const bare = tag.attributes.every(
      ([name]) => name === 'id' || name === 'text' || OFFSET_ATTRIBUTES.has(name),
    );
    const extent = tag.attributes.some(([name]) => OFFSET_ATTRIBUTES.has(name));
    const attributes = kept
      ? keptAttributes(tag, written, kept, writtenIds, keptIds, doc.name, tally)
      : tag.attributes;
    if (!lines.has(id)) lines.set(id, tagLine(tag.tag, attributes, close(extent && bare)));
  }
  for (const [id, line] of newDocumentTags(pending, kept, taken, tally))
    lines.set(id, line + close(true));
  const ordered: string[] = [];
  for (const id of kept?.order ?? []) {
    const line = lines.get(id);
    if (line === undefined) continue;
    ordered.push(line);
    lines.delete(id);
  }
  ordered.push(...lines.values());
  const br = kept?.tagsBreak ?? '\n';
  const i = kept?.indent ?? '';
  const content =
    `${kept?.prolog ?? MAE_PROLOG}<${root}>\n${i}<TEXT>${kept?.textXml ?? cdata(safe.text)}</TEXT>\n${i}<TAGS>${br}` +
    ordered.map((line) => `${i}${i}${line}${br}`).join('') +
    `${i}</TAGS>${kept?.afterTags ?? '\n'}</${root}>${kept?.epilog ?? ''}`;
  // A file whose every line ended in CRLF goes back so (its text's line breaks too, as read).
  return {
    content: kept?.crlf ? content.replace(/\r?\n/g, '\r\n') : content,
    spans: written.size,
    relations,
  };
}

/**
 * Document-level tags for labels Loupe added, without their closing: MedTator's offsets
 * (`start`/`end` of -1 in a MAE 0.x file) and empty text, ids numbered from 0 after the
 * tag's first letter as MedTator numbers them (P0, P1); a label that is no XML name counted.
 */
function newDocumentTags(
  names: readonly string[],
  kept: KeptMae | null,
  taken: (id: string) => boolean,
  tally: Tally,
): [string, string][] {
  const out: [string, string][] = [];
  for (const name of names) {
    if (!isXmlName(name)) {
      tally.add('document label that is not an XML name');
      continue;
    }
    const offsets: Attributes = kept?.startEnd
      ? [
          ['start', '-1'],
          ['end', '-1'],
        ]
      : [['spans', DOCUMENT_LEVEL_SPANS]];
    let n = 0;
    while (taken(`${name.slice(0, 1)}${n}`) || out.some(([id]) => id === `${name.slice(0, 1)}${n}`))
      n++;
    const id = `${name.slice(0, 1)}${n}`;
    const line = inOrder(
      [['id', id], ...offsets, ['text', '']],
      getOwn(kept?.attributeOrder ?? {}, name),
    );
    out.push([id, tagLine(name, line, '')]);
  }
  return out;
}

/** Counts, naming the document and the first place, the characters its text changed to go into XML. */
function tallyChanged(document: string, safe: XmlText, tally: Tally): void {
  const [first] = safe.forbidden;
  if (first)
    tally.add(
      `${document}: ${countOf(safe.forbidden.length, 'character')} XML 1.0 cannot hold (first ${codeOf(first.char)} at line ${first.line}, column ${first.column}) written as ${codeOf(XML_REPLACEMENT)}, each in its place so offsets stay; MAE cannot open a file holding them`,
    );
  const [cr] = safe.returns;
  if (cr)
    tally.add(
      `${document}: ${countOf(safe.returns.length, 'carriage return')} (first at line ${cr.line}, column ${cr.column}) written as a space before a line feed, or as a line feed, so offsets stay: XML reads CR LF as LF`,
    );
}

function idOf(tag: KeptTag): string {
  return tag.attributes.find(([name]) => name === 'id')?.[1] ?? '';
}

/** Attributes as MAE strings, in their order; those whose name is no XML name are counted and left out. */
function namedAttributes(
  attributes: Readonly<Record<string, string | number | boolean>> | undefined,
  tally: Tally,
): Attributes {
  const named: Attributes = [];
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!isXmlName(name) || name === 'id') {
      tally.add('attribute whose name is not an XML name');
      continue;
    }
    const written = String(value);
    if (hasForbidden(written))
      tally.add(
        `attribute value holding a character XML 1.0 cannot hold, written as ${codeOf(XML_REPLACEMENT)}`,
      );
    named.push([name, withoutForbidden(written)]);
  }
  return named;
}

/** The attribute order a file wrote for this tag, else for its tag name. */
function orderOf(kept: KeptMae | null, id: string, name: string): readonly string[] | undefined {
  return getOwn(kept?.tagOrder ?? {}, id) ?? getOwn(kept?.attributeOrder ?? {}, name);
}

/** Attributes in the order a file wrote them for this tag name; those it did not have follow in theirs. */
function inOrder(attributes: Attributes, order: readonly string[] | undefined): Attributes {
  if (!order) return attributes;
  const rank = (name: string) => {
    const at = order.indexOf(name);
    return at < 0 ? order.length : at;
  };
  return attributes
    .map((attribute, i) => ({ attribute, i }))
    .sort((a, b) => rank(a.attribute[0]) - rank(b.attribute[0]) || a.i - b.i)
    .map((entry) => entry.attribute);
}
