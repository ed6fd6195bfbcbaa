/** What a BioC file's offsets count: code points (Python tools, PubTator 3), UTF-16 units (Java tools) or UTF-8 bytes. */
export type BiocUnit = 'codepoint' | 'utf16' | 'utf8';

/** The units tried, in this order: the first that every annotation's text fits wins. */
export const BIOC_UNITS: readonly BiocUnit[] = ['codepoint', 'utf16', 'utf8'];

/** How a unit is named in messages. */
export const UNIT_NAMES: Readonly<Record<BiocUnit, string>> = {
  codepoint: 'characters (code points)',
  utf16: 'UTF-16 units',
  utf8: 'UTF-8 bytes',
};
