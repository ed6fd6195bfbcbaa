import type { BiocElement } from './biocTree';

/** How messages about a BioC file name its parts: as BioC XML writes them, or as BioC JSON does. */
export interface BiocWords {
  /** A passage's offset: `<offset>` or `"offset"`. */
  readonly offset: string;
  /** An annotation's text: `<text>` or `"text"`. */
  readonly text: string;
  /** One location and the lack of any: `<location>`, `no <location>`. */
  readonly location: string;
  readonly noLocation: string;
  /** Relations, one and several. */
  readonly relation: string;
  readonly relations: string;
  /** How BioC labels an annotation. */
  readonly label: string;
  /** Where an element is, after its name: its path in a JSON file (`documents[0].passages[1]`). */
  readonly at: (element: BiocElement) => string;
}

/** BioC XML's words. */
export const XML_WORDS: BiocWords = {
  offset: '<offset>',
  text: '<text>',
  location: '<location>',
  noLocation: 'no <location>',
  relation: '<relation>',
  relations: '<relation>s',
  label: 'with <infon key="type">',
  at: () => '',
};

/** BioC JSON's words. @example JSON_WORDS.at(annotation) === ' (documents[0].passages[1].annotations[2])' */
export const JSON_WORDS: BiocWords = {
  offset: '"offset"',
  text: '"text"',
  location: 'location',
  noLocation: 'no "locations"',
  relation: 'relation',
  relations: 'relations',
  label: 'with "infons": {"type": …}',
  at: (element) => (element.at ? ` (${element.at})` : ''),
};
