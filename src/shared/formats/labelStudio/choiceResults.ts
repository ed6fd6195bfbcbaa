import { getOwn, setOwn } from '../../collections';
import type { FormatSpan, Tally } from '../common';
import { CONFIDENCE_ATTRIBUTE, DECISION_ATTRIBUTE } from '../../contract/suggestNames';
import { numberedNames, type KeptAnnotation } from './keptAnnotation';

/**
 * A span's text attributes as choices, those a control held several of (`name`, `name 2`…) as
 * one; a prediction's region without the decision taken on it as a suggestion.
 */
export function attributeChoices(
  span: FormatSpan,
  kept: KeptAnnotation,
  tally: Tally,
): [string, string[]][] {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(span.attributes ?? {})) {
    // What the annotator decided on a prediction's region is Loupe's, not the prediction's.
    if (kept.prediction && (name === DECISION_ATTRIBUTE || name === CONFIDENCE_ATTRIBUTE)) continue;
    if (typeof value === 'string' && value !== '') setOwn(text, name, value);
    else tally.add('span attribute that is not a text value');
  }
  return groupedChoices(text, kept);
}

/**
 * Values by control name; the values of a control that held several (kept as `name`,
 * `name 2`, …) go back together under its name.
 */
export function groupedChoices(
  values: Readonly<Record<string, string>>,
  kept: KeptAnnotation,
): [string, string[]][] {
  const several = new Set(kept.multiple ?? []);
  const taken = new Set<string>();
  const out: [string, string[]][] = [];
  for (const [name, value] of Object.entries(values)) {
    if (taken.has(name)) continue;
    if (!several.has(name)) {
      out.push([name, [value]]);
      continue;
    }
    const names = numberedNames(name, Object.keys(values).length).filter(
      (n) => getOwn(values, n) !== undefined,
    );
    names.forEach((n) => taken.add(n));
    out.push([name, names.map((n) => getOwn(values, n) ?? '')]);
  }
  return out;
}
