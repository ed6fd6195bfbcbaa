import type { Fragment, OffsetIndex } from '../../spans';
import { escapeAttribute } from '../common/xmlChars';

/** How MAE joins the fragments of a discontiguous tag in its `text` attribute. */
export const FRAGMENT_JOINER = ' ... ';

/** The declaration MAE 2 writes before the root element. */
export const MAE_PROLOG = '<?xml version="1.0" encoding="UTF-8" ?>\n\n';

const NAME = /^[\p{L}_:][\p{L}\p{N}\p{M}_:.\u00B7\u203F\u2040-]*$/u;

/** True when `name` can be an XML element or attribute name. @example isXmlName('NOUN') === true; isXmlName('two words') === false */
export function isXmlName(name: string): boolean {
  return NAME.test(name);
}

/**
 * One tag line as MAE writes it, closed by `close`: MAE's ` />`, `  />` (the second space
 * MAE 2 leaves when an extent tag has no attributes of its task) or MedTator's `/>`.
 * @example tagLine('NOUN', [['id', 'N0'], ['spans', '4~7']]) === '<NOUN id="N0" spans="4~7" />'
 */
export function tagLine(
  name: string,
  attributes: readonly (readonly [string, string])[],
  close = ' />',
): string {
  const written = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  return `<${name}${written}${close}`;
}

/** A text as CDATA: a `]]>` inside it closes one section and opens the next. @example cdata('a]]>b') === '<![CDATA[a]]]]><![CDATA[>b]]>' */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** A span's `spans` attribute: UTF-16 offsets (Java's), `start~end` per fragment. @example spansAttribute(index, [{ start: 1, end: 2 }]) === '2~3' after an astral character */
export function spansAttribute(index: OffsetIndex, fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${index.toUtf16(f.start)}~${index.toUtf16(f.end)}`).join(',');
}

/** The `text` attribute MAE writes for fragments: their text joined by {@link FRAGMENT_JOINER}. */
export function extentText(
  text: string,
  index: OffsetIndex,
  fragments: readonly Fragment[],
): string {
  return fragments
    .map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end)))
    .join(FRAGMENT_JOINER);
}
