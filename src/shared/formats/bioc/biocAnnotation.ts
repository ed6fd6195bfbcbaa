import type { Fragment } from '../../spans';
import { codePoints } from '../../spans';
import { codePointAtUnit, type BiocLayout } from './biocLayout';
import { attributeOf, childrenNamed, childText, type BiocElement } from './biocTree';
import { XML_WORDS, type BiocWords } from './biocWords';

/** An annotation's locations as code point fragments, or why they cannot be. */
export type Placed =
  | { readonly fragments: Fragment[]; readonly fits: boolean; readonly found: string }
  | { readonly reason: string };

/**
 * The annotations of a document wherever BioC puts them: on the document, its passages and
 * their sentences, in file order.
 */
export function annotationsOf(document: BiocElement): BiocElement[] {
  return elementsOf(document, 'annotation');
}

/** The relations of a document on the document, its passages and their sentences. */
export function relationsOf(document: BiocElement): BiocElement[] {
  return elementsOf(document, 'relation');
}

function elementsOf(document: BiocElement, name: string): BiocElement[] {
  const found = childrenNamed(document, name);
  for (const passage of childrenNamed(document, 'passage')) {
    found.push(...childrenNamed(passage, name));
    for (const sentence of childrenNamed(passage, 'sentence'))
      found.push(...childrenNamed(sentence, name));
  }
  return found;
}

/**
 * Why an annotation has no place in the text, or null when it has one. BioC allows both: an
 * annotation without `<location>` (of the whole document, say) and a location of length 0 (a
 * point between two characters). Loupe shows neither; the reader keeps them as written.
 * @example unplacedReason(<annotation><infon key="type">Gene</infon></annotation>) → 'has no <location>'
 */
export function unplacedReason(
  annotation: BiocElement,
  words: BiocWords = XML_WORDS,
): string | null {
  const locations = childrenNamed(annotation, 'location');
  if (locations.length === 0) return `has ${words.noLocation}`;
  const point = locations.find((l) => /^0+$/.test(attributeOf(l, 'length') ?? ''));
  if (!point) return null;
  return `has a ${words.location} of length 0 (at ${attributeOf(point, 'offset') ?? '?'})`;
}

/**
 * Places an annotation's `location`s (offset, length in the layout's unit) in the text as
 * sorted code point fragments, and says whether its `<text>` is the text there: exactly, or
 * its pieces joined by a space or by nothing (BioC leaves the joiner of a discontinuous
 * mention open). An annotation without `<text>` fits. For an annotation with a place in the
 * text ({@link unplacedReason} null): at least one location, none of length 0.
 * @example placeAnnotation(annotation, layout) → { fragments: [{ start: 0, end: 7 }], fits: true, found: 'Aspirin' }
 */
export function placeAnnotation(annotation: BiocElement, layout: BiocLayout): Placed {
  const locations = childrenNamed(annotation, 'location');
  const fragments: Fragment[] = [];
  for (const location of locations) {
    const offset = attributeOf(location, 'offset') ?? '';
    const length = attributeOf(location, 'length') ?? '';
    if (!/^\d{1,12}$/.test(offset) || !/^\d{1,12}$/.test(length))
      return {
        reason: `location offset ${JSON.stringify(offset)} length ${JSON.stringify(length)} is not two whole numbers`,
      };
    const start = codePointAtUnit(layout, Number(offset));
    const end = codePointAtUnit(layout, Number(offset) + Number(length));
    if (start < 0 || end < 0)
      return {
        reason: `location ${offset}+${length} falls outside the document's passages or inside a character`,
      };
    fragments.push({ start: codePoints(start), end: codePoints(end) });
  }
  fragments.sort((a, b) => a.start - b.start);
  if (fragments.some((f, i) => i > 0 && (fragments[i - 1]?.end ?? 0) > f.start))
    return { reason: 'has locations that overlap each other; give each character to one location' };
  const chars = layout.chars;
  const pieces = fragments.map((f) => chars.slice(f.start, f.end).join(''));
  const expected = childText(annotation, 'text');
  const first = fragments[0]?.start ?? 0;
  const last = fragments.at(-1)?.end ?? 0;
  const whole = chars.slice(first, last).join('');
  const found = pieces.join(' ');
  const fits =
    expected === undefined ||
    expected === found ||
    expected === pieces.join('') ||
    expected === whole;
  return { fragments, fits, found };
}
