import { escapeAttribute, withoutForbidden } from '../common/xmlChars';
import type { BiocElement, BiocNode } from './biocTree';

/** The declaration and document type BioC's tools write before the collection. */
export const BIOC_PROLOG =
  "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE collection SYSTEM 'BioC.dtd'>\n";

/**
 * An element as XML. One read from a file is written as it was (its texts escaped, white space
 * included: a file written on one line stays so); one Loupe built whose children are all
 * elements gets them one a line, indented.
 * @example biocXml({ name: 'offset', attributes: [], children: ['0'] }) === '<offset>0</offset>'
 */
export function biocXml(element: BiocElement, depth = 0): string {
  const parts: string[] = [];
  write(element, depth, parts);
  return parts.join('');
}

function write(element: BiocElement, depth: number, parts: string[]): void {
  const attributes = element.attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  if (element.children.length === 0 && element.pair !== true) {
    parts.push(`<${element.name}${attributes}/>`);
    return;
  }
  parts.push(`<${element.name}${attributes}>`);
  const built = element.built === true && element.children.every((c) => typeof c !== 'string');
  for (const child of element.children) {
    if (built) parts.push('\n', '  '.repeat(depth + 1));
    if (typeof child === 'string') parts.push(escapeText(child));
    else write(child, depth + 1, parts);
  }
  if (built) parts.push('\n', '  '.repeat(depth));
  parts.push(`</${element.name}>`);
}

/** A text as XML character data: a carriage return as a reference, so it is read back as written. */
function escapeText(text: string): string {
  return withoutForbidden(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

/** Children as they go inside the collection. */
export function nodesXml(nodes: readonly BiocNode[], depth: number): string {
  return nodes.map((n) => (typeof n === 'string' ? escapeText(n) : biocXml(n, depth))).join('');
}
