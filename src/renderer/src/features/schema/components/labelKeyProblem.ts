import { commandOfLabelKey, formatChord, type KeyOverrides } from '../../../../../shared/commands';
import type { LabelStyles } from '../../../../../shared/model';
import { getOwn } from '../../../../../shared/collections';

/** A key a label can have: one digit or lower-case letter (as the project's schema requires). */
const LABEL_KEY = /^[0-9a-z]$/;

/** What is wrong with a label's key, as said beside it. */
export interface LabelKeyProblem {
  readonly text: string;
  /**
   * Save refuses it: a key typed in the dialog. A command's key the label already had when the
   * dialog opened (a schema made by hand, by a teammate, or before keys were checked) is said,
   * not refused: the label keeps it until the user gives it another.
   */
  readonly refused: boolean;
}

/**
 * What is wrong with each label's key, by label: a key that is not one digit or lower-case
 * letter (a space, a punctuation mark typed into the field), or one a command of the annotation
 * view has (label keys come first there, so the label would take it: F from Add Fragment to Span).
 * `saved`: the styles the dialog opened with.
 */
export function labelKeyProblems(
  styles: LabelStyles,
  saved: LabelStyles,
  overrides: KeyOverrides,
): Map<string, LabelKeyProblem> {
  const problems = new Map<string, LabelKeyProblem>();
  for (const [label, style] of Object.entries(styles)) {
    const key = style.key;
    if (!key) continue;
    if (!LABEL_KEY.test(key)) {
      const typed = key.trim() ? `“${key}”` : 'A space';
      const text = `${typed} cannot be a key: give ${label} one digit or lower-case letter`;
      problems.set(label, { text, refused: true });
      continue;
    }
    const command = commandOfLabelKey(key, overrides);
    if (!command) continue;
    const chord = formatChord(key);
    if (getOwn(saved, label)?.key !== key)
      problems.set(label, {
        text: `${chord} is the key of ${command.title}: choose another key for ${label}`,
        refused: true,
      });
    else
      problems.set(label, {
        text: `${chord} is also the key of ${command.title}: on selected text or a span it labels as ${label} (label keys come first). Choose another key for ${label} to give ${chord} back.`,
        refused: false,
      });
  }
  return problems;
}

/** The first label whose key Save refuses, with why; null when none. */
export function labelKeyProblem(
  styles: LabelStyles,
  saved: LabelStyles,
  overrides: KeyOverrides,
): { readonly label: string; readonly text: string } | null {
  for (const [label, problem] of labelKeyProblems(styles, saved, overrides))
    if (problem.refused) return { label, text: problem.text };
  return null;
}
