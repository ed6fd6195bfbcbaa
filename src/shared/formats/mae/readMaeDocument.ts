import { getOwn, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { createOffsetIndex, type OffsetIndex } from '../../spans';
import { baseName } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import type {
  ErrorCollector,
  FormatDocument,
  FormatFile,
  FormatRelation,
  FormatSpan,
} from '../common';
import { KEPT_MAE, type KeptMae, type KeptTag, type KeptTexts } from './keptMae';
import { maeDocumentLabels } from './documentLabels';
import { cdata, extentText, spansAttribute } from './maeXml';
import type { MaeTag, ParsedMae } from './parseMae';
import { extentOffsets, extentTextProblem, OFFSET_ATTRIBUTES, textFits } from './readExtent';

/** An extent tag MAE 2 wrote without other attributes: `text="…"  />`. */
const PADDED = /" {2}\/>/;
/** A file MedTator named after the text it annotates: `report.txt.xml`. */
const TXT_XML = /\.txt\.xml$/i;
/** A tag closed with no space before `/>`, as MedTator writes them. */
const TIGHT = /"\/>/;

/** A link tag's argument: its role (`from`, `to`, or MAE 2's argument name), id and text. */
interface Argument {
  readonly role: string;
  readonly id: string;
  readonly text: string | undefined;
}

interface Context {
  readonly file: string;
  readonly text: string;
  readonly index: OffsetIndex;
  readonly errors: ErrorCollector;
  readonly warnings: string[];
  readonly spans: Map<string, FormatSpan>;
  readonly written: Map<string, string>;
  readonly texts: Record<string, KeptTexts>;
}

/**
 * One MAE document: extent tags become spans (tag name the label, other attributes the
 * span's attributes), two-argument links between them relations (tag name the type),
 * non-consuming tags no link names (MedTator's document-level tags) document labels named
 * after the task; the rest (other non-consuming tags, other links, the root name, text
 * attributes written otherwise, the layout) is kept in the document's metadata for a MAE
 * export to write back. Problems go to `errors` by line; a file with tags that gives
 * neither a span nor a document label is an error.
 * @example readMaeDocument(file, parsed, errors, warnings).spans[0]?.label === 'NOUN'
 */
export function readMaeDocument(
  file: FormatFile,
  parsed: ParsedMae,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument {
  const ctx: Context = {
    file: file.path,
    text: parsed.text,
    index: createOffsetIndex(parsed.text),
    errors,
    warnings,
    spans: new Map(),
    written: new Map(),
    texts: {},
  };
  const order: string[] = [];
  const seen = new Map<string, number>();
  const kept: KeptTag[] = [];
  const attributeOrder: Record<string, string[]> = {};
  const links: MaeTag[] = [];
  const nonConsuming: MaeTag[] = [];
  let startEnd = false;
  for (const tag of parsed.tags) {
    const attributes = new Map(tag.attributes);
    const id = attributes.get('id') ?? '';
    if (id === '') {
      errors.add(file.path, tag.line, `${tag.name} has no id; every MAE tag has one`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      errors.add(file.path, tag.line, `duplicate id ${id} (first on line ${first})`);
      continue;
    }
    seen.set(id, tag.line);
    order.push(id);
    const names = getOwn(attributeOrder, tag.name) ?? [];
    for (const [name] of tag.attributes) if (!names.includes(name)) names.push(name);
    setOwn(attributeOrder, tag.name, names);
    if (tag.attributes.some(([name]) => OFFSET_ATTRIBUTES.has(name))) {
      if (!attributes.has('spans')) startEnd = true;
      if (!readExtent(ctx, tag, id, attributes)) {
        kept.push(keptTag(tag));
        nonConsuming.push(tag);
      }
    } else if (argumentsOf(tag).length > 0) links.push(tag);
    else {
      kept.push(keptTag(tag));
      warnings.push(
        `${file.path}:${tag.line}: ${tag.name} ${id} has neither spans nor argument ids; kept as it is and written back by a MAE export`,
      );
    }
  }
  const relations: FormatRelation[] = [];
  for (const tag of links) {
    const relation = readLink(ctx, tag, seen);
    if (relation) relations.push(relation);
    else kept.push(keptTag(tag));
  }
  // A non-consuming tag no link names is about the whole document (MedTator's document-level tags).
  const named = new Set(links.flatMap((tag) => argumentsOf(tag).map((a) => a.id)));
  const documentLevel = nonConsuming.filter((tag) => !named.has(idOf(tag)));
  if (parsed.tags.length > 0 && ctx.spans.size + documentLevel.length === 0 && errors.count === 0)
    errors.add(
      file.path,
      undefined,
      `holds ${parsed.tags.length} tags but no extent tag over the text, so Loupe would read no span; import it into a tool that shows non-consuming tags`,
    );
  const mae: KeptMae = {
    root: parsed.root,
    prolog: parsed.prolog,
    epilog: parsed.epilog,
    order,
    kept,
    texts: ctx.texts,
    ...(startEnd ? { startEnd } : {}),
    ...(PADDED.test(file.content) ? { padded: true } : {}),
    ...(parsed.textXml === cdata(parsed.text) ? {} : { textXml: parsed.textXml }),
    attributeOrder,
    ...ownOrders(parsed.tags, attributeOrder),
    ...(parsed.afterTags === undefined ? {} : { afterTags: parsed.afterTags }),
    ...layoutOf(file.content),
    ...(documentLevel.length > 0 ? { documentLevel: documentLevel.map(idOf) } : {}),
    ...(TXT_XML.test(file.path) ? { txtXml: true } : {}),
    ...(file.content.includes('\r\n') && !/(^|[^\r])\n/.test(file.content) ? { crlf: true } : {}),
  };
  const metadata: DocumentMetadata = { [KEPT_MAE]: toJson(mae) };
  return {
    ...emptyFormatDocument(baseName(file.path), parsed.text),
    spans: [...ctx.spans.values()],
    relations,
    documentLabels: maeDocumentLabels(
      parsed.root,
      documentLevel.map((tag) => tag.name),
    ),
    metadata,
  };
}

/** How the file closes its tags, breaks the lines of TAGS and indents, when not as MAE 2 does (MedTator's `"/>` and CR LF, lxml's indent). */
function layoutOf(content: string): Pick<KeptMae, 'tight' | 'tagsBreak' | 'indent'> {
  const tags = content.slice(content.lastIndexOf('</TEXT>'));
  const indent = /\n( +|\t+)<TEXT>/.exec(content)?.[1];
  const indented =
    indent !== undefined &&
    tags.startsWith(`</TEXT>\n${indent}<TAGS>`) &&
    new RegExp(`\n${indent}</TAGS>`).test(tags) &&
    tags
      .slice(tags.indexOf('<TAGS>') + 6, tags.indexOf('</TAGS>'))
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .every((line) => line.startsWith(`${indent}${indent}<`));
  return {
    ...(TIGHT.test(tags) && !/\s\/>/.test(tags) ? { tight: true } : {}),
    ...(tags.includes('<TAGS>\r\n') ? { tagsBreak: '\r\n' } : {}),
    ...(indented ? { indent } : {}),
  };
}

/** The attribute order of each tag that does not follow its tag name's order. */
function ownOrders(
  tags: readonly MaeTag[],
  byName: Readonly<Record<string, readonly string[]>>,
): Pick<KeptMae, 'tagOrder'> {
  const tagOrder: Record<string, string[]> = {};
  for (const tag of tags) {
    const names = tag.attributes.map(([name]) => name);
    const expected = (getOwn(byName, tag.name) ?? []).filter((name) => names.includes(name));
    if (names.some((name, i) => name !== expected[i])) setOwn(tagOrder, idOf(tag), names);
  }
  return Object.keys(tagOrder).length > 0 ? { tagOrder } : {};
}

function idOf(tag: MaeTag): string {
  return tag.attributes.find(([name]) => name === 'id')?.[1] ?? '';
}

/** Reads an extent tag into `ctx.spans`; false for a non-consuming tag (to keep) or one in error. */
function readExtent(
  ctx: Context,
  tag: MaeTag,
  id: string,
  attributes: ReadonlyMap<string, string>,
): boolean {
  const offsets = extentOffsets(attributes, ctx.index);
  if (offsets.kind === 'none') return false;
  if (offsets.kind === 'error') {
    ctx.errors.add(ctx.file, tag.line, `${tag.name} ${id}: ${offsets.reason}`);
    return true;
  }
  const { fragments } = offsets;
  const found = attributes.get('text');
  const written = extentText(ctx.text, ctx.index, fragments);
  if (found !== undefined && found !== written) {
    if (!textFits(found, ctx.text, ctx.index, fragments)) {
      const problem = extentTextProblem(found, ctx.text, ctx.index, fragments);
      if (problem.codePoints) {
        ctx.errors.add(ctx.file, tag.line, `${tag.name} ${id}: ${problem.reason}`);
        return true;
      }
      ctx.warnings.push(
        `${ctx.file}:${tag.line}: ${tag.name} ${id}: ${problem.reason}; read at its offsets, as MAE reads it, and its text attribute written back as it was`,
      );
    }
    setOwn(ctx.texts, id, { key: spansAttribute(ctx.index, fragments), values: { text: found } });
  }
  ctx.written.set(id, found ?? written);
  const other = tag.attributes.filter(
    ([name]) => name !== 'id' && name !== 'text' && !OFFSET_ATTRIBUTES.has(name),
  );
  ctx.spans.set(id, {
    id,
    label: tag.name,
    fragments: [...fragments],
    ...(other.length > 0 ? { attributes: Object.fromEntries(other) } : {}),
  });
  return true;
}

/** A link of two arguments that are both spans, as a relation; null for a link to keep as it is. */
function readLink(
  ctx: Context,
  tag: MaeTag,
  seen: ReadonlyMap<string, number>,
): FormatRelation | null {
  const slots = argumentsOf(tag);
  // An n-ary link (MAE 2's `arg0ID` … `arg4ID`) whose other arguments are unset (`arg2ID=""`,
  // as MAE writes a slot nobody filled) links the two that are set.
  const set = slots.filter((a) => a.id !== '');
  const args = slots.length > 2 && set.length === 2 ? set : slots;
  const id = tag.attributes.find(([name]) => name === 'id')?.[1] ?? '';
  const where = `${ctx.file}:${tag.line}: ${tag.name} ${id}`;
  const [from, to] = args;
  if (args.length !== 2 || !from || !to) {
    const unset = slots.length - set.length;
    ctx.warnings.push(
      `${where} links ${set.length} arguments${unset > 0 && set.length > 0 ? ` (${unset} more unset)` : ''}; a Loupe relation links two, so it is kept as it is and written back by a MAE export`,
    );
    return null;
  }
  const missing = [from, to].find((a) => !ctx.spans.has(a.id));
  if (missing) {
    const why =
      missing.id === ''
        ? `its ${missing.role} argument is not set`
        : seen.has(missing.id)
          ? `its ${missing.role} argument ${missing.id} is not an extent over the text`
          : `its ${missing.role} argument ${missing.id} is no tag of this file`;
    ctx.warnings.push(`${where}: ${why}; kept as it is and written back by a MAE export`);
    return null;
  }
  const argumentNames = new Set(args.flatMap((a) => [`${a.role}ID`, `${a.role}Text`]));
  const other = tag.attributes.filter(([name]) => name !== 'id' && !argumentNames.has(name));
  const differing: Record<string, string> = {};
  for (const a of [from, to])
    if (a.text !== undefined && a.text !== ctx.written.get(a.id))
      differing[`${a.role}Text`] = a.text;
  if (Object.keys(differing).length > 0)
    setOwn(ctx.texts, id, { key: `${from.id} ${to.id}`, values: differing });
  return {
    id,
    type: tag.name,
    from: from.id,
    to: to.id,
    ...(from.role === 'from' ? {} : { fromRole: from.role }),
    ...(to.role === 'to' ? {} : { toRole: to.role }),
    ...(other.length > 0 ? { attributes: Object.fromEntries(other) } : {}),
  };
}

/** A link's arguments in file order: every `<role>ID` attribute (not `id`) with its `<role>Text`. */
export function argumentsOf(tag: MaeTag): Argument[] {
  const values = new Map(tag.attributes);
  return tag.attributes
    .filter(([name]) => name.length > 2 && name.endsWith('ID'))
    .map(([name, value]) => {
      const role = name.slice(0, -2);
      return { role, id: value, text: values.get(`${role}Text`) };
    });
}

function keptTag(tag: MaeTag): KeptTag {
  return { tag: tag.name, attributes: tag.attributes };
}

/** The kept layout as plain JSON values (the metadata schema's type). */
function toJson(mae: KeptMae): DocumentMetadata[string] {
  return {
    root: mae.root,
    prolog: mae.prolog,
    epilog: mae.epilog,
    order: [...mae.order],
    kept: mae.kept.map((k) => ({ tag: k.tag, attributes: k.attributes.map(([n, v]) => [n, v]) })),
    texts: Object.fromEntries(
      Object.entries(mae.texts).map(([id, t]) => [id, { key: t.key, values: { ...t.values } }]),
    ),
    ...(mae.startEnd ? { startEnd: true } : {}),
    ...(mae.padded ? { padded: true } : {}),
    ...(mae.textXml === undefined ? {} : { textXml: mae.textXml }),
    ...(mae.attributeOrder ? { attributeOrder: orders(mae.attributeOrder) } : {}),
    ...(mae.tagOrder ? { tagOrder: orders(mae.tagOrder) } : {}),
    ...(mae.afterTags === undefined ? {} : { afterTags: mae.afterTags }),
    ...(mae.tight ? { tight: true } : {}),
    ...(mae.tagsBreak === undefined ? {} : { tagsBreak: mae.tagsBreak }),
    ...(mae.indent === undefined ? {} : { indent: mae.indent }),
    ...(mae.documentLevel ? { documentLevel: [...mae.documentLevel] } : {}),
    ...(mae.txtXml ? { txtXml: true } : {}),
    ...(mae.crlf ? { crlf: true } : {}),
  };
}

function orders(byKey: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(byKey).map(([key, names]) => [key, [...names]]));
}
