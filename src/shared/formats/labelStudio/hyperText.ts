import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { codePointLength, createOffsetIndex, type OffsetIndex } from '../../spans';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** The most HTML Loupe turns into a text (UTF-16 units): more is refused, not parsed. */
export const MAX_HTML_LENGTH = 8 * 1024 * 1024;
/** How deep elements may nest; deeper HTML is refused (browsers flatten what lies deeper). */
export const MAX_HTML_DEPTH = 512;
/** What a kept HyperText `data` field is marked with, in place of a plain value. */
const MARK = 'HTML whose text is the document text';

/**
 * Elements whose text Label Studio does not show as the HTML has it: its sanitizeHtml
 * (web/libs/editor/src/utils/html.js) drops `script` and `iframe` with their content and the
 * text of `textarea`, `option` and `noscript`, so the text it counts cannot be told from the HTML.
 */
const REFUSED = new Set(['script', 'iframe', 'textarea', 'option', 'noscript', 'frameset']);
/** Raw text elements, whose `&`, `<` and `>` Label Studio's sanitizer writes back as entities, which they then show as such. */
const RAW_TEXT = new Set(['style', 'xmp', 'noembed', 'noframes', 'plaintext']);

/** A text node of the HTML's body: its XPath as Label Studio writes it, where its text lies in the document text (code points). */
export interface HyperTextNode {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A Label Studio HyperText task's HTML laid out as one document text, the way Label Studio
 * counts `globalOffsets`: the text nodes of the parsed document's body in tree order, each
 * counted in code points, and one character per `<br>` (written `\n`), nothing else
 * (selection-tools.js findGlobalOffset and RichText/domManager.ts in HumanSignal/label-studio:
 * a TreeWalker over the iframe's body adds `[...textContent].length` per text node and 1 per BR).
 */
export interface HyperTextLayout {
  /** The `data` field holding the HTML. */
  readonly key: string;
  readonly html: string;
  /** The result type its regions are written with (`hypertextlabels`, or `labels` under a `<Labels>` control). */
  readonly type: string;
  readonly text: string;
  /** The text nodes in document order. */
  readonly nodes: readonly HyperTextNode[];
  /** Where each `<br>` lies in the text (code points). */
  readonly breaks: ReadonlySet<number>;
  /** The text's offset index. */
  readonly index: OffsetIndex;
  /** The text nodes by XPath. */
  readonly byPath: ReadonlyMap<string, HyperTextNode>;
}

/**
 * Lays an HTML document out as Label Studio's HyperText counts it (see {@link HyperTextLayout}),
 * parsed as a browser parses the iframe's document (parse5, the WHATWG HTML parser, so
 * entities, implied tags and misnested tables come out as in the browser). Comments and a
 * doctype are left out first, as Label Studio's sanitizer leaves them out, so the text on both
 * sides of a comment is one text node. A reason, instead, when the HTML cannot be counted so
 * (scripts and the like, see REFUSED; too long; too deep).
 * @example hyperTextLayout('html', '<p>A<br>B</p>', 'hypertextlabels').text === 'A\nB'
 */
export function hyperTextLayout(key: string, html: string, type: string): HyperTextLayout | string {
  if (html.length > MAX_HTML_LENGTH)
    return `the HTML is ${html.length} characters long, more than the ${MAX_HTML_LENGTH} Loupe turns into a text; split the task`;
  const body = bodyOf(html);
  if (!body) return 'the HTML has no body to read text from';
  const parts: string[] = [];
  const nodes: HyperTextNode[] = [];
  const breaks = new Set<number>();
  let at = 0;
  const stack: Frame[] = [frameOf(body, '')];
  while (stack.length > 0) {
    const frame = stack.at(-1);
    if (!frame) break;
    const node = frame.children[frame.next++];
    if (node === undefined) {
      closeText(frame, nodes);
      stack.pop();
      continue;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') continue;
    if (node.nodeName === '#text' && 'value' in node) {
      const length = codePointLength(node.value);
      parts.push(node.value);
      const last = frame.lastText;
      if (last) frame.lastText = { ...last, end: last.end + length, text: last.text + node.value };
      else
        frame.lastText = {
          path: `${frame.path}/text()[${count(frame, 'text()')}]`,
          start: at,
          end: at + length,
          text: node.value,
        };
      at += length;
      continue;
    }
    closeText(frame, nodes);
    if (!('tagName' in node)) continue;
    const name = node.nodeName.toLowerCase();
    const path = `${frame.path}/${name}[${count(frame, name)}]`;
    const refused = refusal(node, name);
    if (refused) return refused;
    if (name === 'br') {
      parts.push('\n');
      breaks.add(at);
      at += 1;
      continue;
    }
    if (stack.length >= MAX_HTML_DEPTH)
      return `elements nest more than ${MAX_HTML_DEPTH} deep (at ${path}); Loupe does not read HTML nested so deep`;
    stack.push(frameOf(node, path));
  }
  const text = parts.join('');
  const byPath = new Map(nodes.map((n) => [n.path, n]));
  return { key, html, type, text, nodes, breaks, index: createOffsetIndex(text), byPath };
}

interface Frame {
  readonly children: readonly ChildNode[];
  readonly path: string;
  readonly counters: Map<string, number>;
  next: number;
  /** The text node being read, continued while only comments come between its pieces. */
  lastText: HyperTextNode | undefined;
}

function frameOf(node: { childNodes: ChildNode[] }, path: string): Frame {
  return { children: node.childNodes, path, counters: new Map(), next: 0, lastText: undefined };
}

/** The next position of a node named `name` among its parent's children, from 1, as XPath counts. */
function count(frame: Frame, name: string): number {
  const n = (frame.counters.get(name) ?? 0) + 1;
  frame.counters.set(name, n);
  return n;
}

/** Ends the frame's text node, if one is open, recording it (also called when its parent ends). */
function closeText(frame: Frame, nodes: HyperTextNode[]): void {
  if (frame.lastText) nodes.push(frame.lastText);
  frame.lastText = undefined;
}

/** Why an element keeps the HTML from being counted as Label Studio counts it, if it does. */
function refusal(node: DefaultTreeAdapterTypes.Element, name: string): string | undefined {
  if (REFUSED.has(name))
    return `the HTML holds a <${name}> element, whose text Label Studio's sanitizer drops or changes, so the text its offsets count cannot be known; remove the <${name}> elements from the task's HTML in Label Studio and export again`;
  if (!RAW_TEXT.has(name)) return undefined;
  const text = node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  return /[&<>]/u.test(text)
    ? `the HTML holds a <${name}> element with &, < or > in its text, which Label Studio's sanitizer writes back as entities, so the text its offsets count cannot be known; remove it from the task's HTML`
    : undefined;
}

/** The body of the HTML parsed as a document, its doctype left out (Label Studio's sanitizer drops it, so its iframe renders without one). */
function bodyOf(html: string): DefaultTreeAdapterTypes.Element | undefined {
  let document = parse(html, { sourceCodeLocationInfo: true });
  const doctype = document.childNodes.find((n) => n.nodeName === '#documentType');
  const where = doctype?.sourceCodeLocation;
  if (where)
    document = parse(html.slice(0, where.startOffset) + html.slice(where.endOffset), {
      sourceCodeLocationInfo: false,
    });
  const root = document.childNodes.find((n) => n.nodeName === 'html');
  if (!root || !('childNodes' in root)) return undefined;
  const body = root.childNodes.find((n) => n.nodeName === 'body');
  return body && 'tagName' in body ? body : undefined;
}

/** The text node holding code point `at` (start ≤ at < end), by binary search; undefined on a `<br>` or past the end. */
export function nodeAt(layout: HyperTextLayout, at: number): HyperTextNode | undefined {
  const { nodes } = layout;
  let [lo, hi] = [0, nodes.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const node = nodes[mid];
    if (!node) return undefined;
    if (at < node.start) hi = mid - 1;
    else if (at >= node.end) lo = mid + 1;
    else return node;
  }
  return undefined;
}

const indexes = new WeakMap<HyperTextNode, OffsetIndex>();

/** The offset index of a text node's text (UTF-16 units ⇄ code points), made once per node. */
export function nodeIndex(node: HyperTextNode): OffsetIndex {
  const known = indexes.get(node);
  if (known) return known;
  const index = createOffsetIndex(node.text);
  indexes.set(node, index);
  return index;
}

/**
 * What a document's metadata keeps in `data[key]` for a HyperText task: the HTML as it was,
 * marked, so the export writes the same HTML back and its regions count from it again.
 */
export function keptHyperText(layout: HyperTextLayout): DocumentMetadata[string] {
  return { $loupe: MARK, html: layout.html, type: layout.type };
}

/** Whether a kept `data` field is a HyperText task's HTML (see {@link keptHyperText}). */
export function isKeptHyperText(value: unknown): value is { html: string; type: string } {
  return (
    isRecord(value) &&
    value.$loupe === MARK &&
    typeof value.html === 'string' &&
    typeof value.type === 'string'
  );
}

/**
 * The HyperText layout a document came with: its `data` field marked by {@link keptHyperText}
 * whose text is still the document's text; undefined otherwise.
 */
export function hyperTextOfMetadata(
  metadata: DocumentMetadata | undefined,
  text: string,
): HyperTextLayout | undefined {
  const data = metadata?.data;
  if (!isRecord(data)) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!isKeptHyperText(value)) continue;
    const layout = hyperTextLayout(key, value.html, value.type);
    return typeof layout !== 'string' && layout.text === text ? layout : undefined;
  }
  return undefined;
}
