import type { LabelStyles } from '../model';
import { labelClass } from './labelClass';

/** The colour of a label without a style (and of any colour that is not `#rrggbb`). */
export const FALLBACK_LABEL_COLOR = '#888888';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * A CSS string whose text is `text`: everything but letters, digits and spaces as a hex escape,
 * so no quote, backslash, newline or `<` (a `</style>` in a page) can end it; a lone surrogate
 * is written as U+FFFD, as CSS reads one.
 */
function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const lone = code >= 0xd800 && code <= 0xdfff;
    out += /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${(lone ? 0xfffd : code).toString(16)} `;
  }
  return `${out}"`;
}

/**
 * The style sheet that colours span elements by label: one rule per label with its colour
 * and its name (shown after each span when labels are inline), so a span element carries
 * two attributes (its id and its classes) instead of a style and the label twice. Labels
 * without a style get the fallback colour. Colours and names are untrusted: a colour is
 * written only when it is `#rrggbb`, a name only as an escaped CSS string.
 * @example labelRules({ PERSON: { color: '#e4572e' } }, ['PERSON'])
 *   === '.lp-span.lp-label-PERSON{--lp-color:#e4572e;--lp-label-text:"PERSON"}'
 */
export function labelRules(styles: LabelStyles, labels: Iterable<string>): string {
  const rules: string[] = [];
  const written = new Set<string>();
  const add = (label: string): void => {
    if (written.has(label)) return;
    written.add(label);
    const color = (Object.hasOwn(styles, label) ? styles[label]?.color : undefined) ?? '';
    const shown = HEX_COLOR.test(color) ? color : FALLBACK_LABEL_COLOR;
    rules.push(
      `.lp-span.${labelClass(label)}{--lp-color:${shown};--lp-label-text:${cssString(label)}}`,
    );
  };
  for (const label of Object.keys(styles)) add(label);
  for (const label of labels) add(label);
  return rules.join('\n');
}
