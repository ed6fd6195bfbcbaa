/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls
 * but tab, line feed and carriage return, U+FFFE, U+FFFF and (with the `u` flag) a
 * surrogate without its pair.
 */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 leaves out are controls
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const EVERY_FORBIDDEN = new RegExp(FORBIDDEN.source, 'gu');

/** What an XML writer puts for a character XML 1.0 cannot hold: one UTF-16 unit, as the character was. */
export const XML_REPLACEMENT = '\uFFFD';

/** A text as XML can carry it, and where it had to change. */
export interface XmlText {
  readonly text: string;
  /** Characters XML 1.0 cannot hold, each written as {@link XML_REPLACEMENT}. */
  readonly forbidden: readonly Place[];
  /** Carriage returns, which an XML parser reads as line feeds (CR LF as one LF). */
  readonly returns: readonly Place[];
}

/** Where a character was: its line and column (1-based, in code points) and the character. */
export interface Place {
  readonly line: number;
  readonly column: number;
  readonly char: string;
}

/**
 * A document's text as it can go into XML and come back with the same offsets, in code
 * points and in UTF-16 units (MAE's): each character XML 1.0 cannot hold becomes U+FFFD, a
 * carriage return before a line feed a space and any other carriage return a line feed
 * (an XML parser reads CR LF as LF and a CR as LF, so the text would lose a character per
 * line ending and every offset after it would be wrong). Each change is placed.
 * @example xmlText('a\u0001b\r\nc').text === 'a\uFFFDb \nc'
 */
export function xmlText(text: string): XmlText {
  const forbidden: Place[] = [];
  const returns: Place[] = [];
  if (!FORBIDDEN.test(text) && !text.includes('\r')) return { text, forbidden, returns };
  let line = 1;
  let column = 0;
  let out = '';
  const chars = [...text];
  for (const [i, char] of chars.entries()) {
    column++;
    if (char === '\r') {
      returns.push({ line, column, char });
      out += chars[i + 1] === '\n' ? ' ' : '\n';
      if (chars[i + 1] !== '\n') [line, column] = [line + 1, 0];
      continue;
    }
    if (char === '\n') [line, column] = [line + 1, 0];
    if (FORBIDDEN.test(char)) {
      forbidden.push({ line, column, char });
      out += XML_REPLACEMENT;
    } else out += char;
  }
  return { text: out, forbidden, returns };
}

/** Whether a value holds a character XML 1.0 cannot hold. */
export function hasForbidden(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** The value with each character XML 1.0 cannot hold written as {@link XML_REPLACEMENT}. */
export function withoutForbidden(value: string): string {
  return value.replace(EVERY_FORBIDDEN, XML_REPLACEMENT);
}

/** `U+0001`: a character's code, for messages. */
export function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * An attribute value escaped as MAE's and UIMA's XMI files carry it; tabs and line breaks as character
 * references, which XML would otherwise read as spaces, and characters XML 1.0 cannot hold
 * as U+FFFD.
 * @example escapeAttribute('a "b" & c') === 'a &quot;b&quot; &amp; c'
 */
export function escapeAttribute(value: string): string {
  return withoutForbidden(value).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
