import { commandOfLabelKey, formatChord, type KeyOverrides } from '../../../../../shared/commands';
import type { LabelStyles } from '../../../../../shared/model';

/** A key a label can have: one digit or lower-case letter (as the project's schema requires). */
const LABEL_KEY = /^[0-9a-z]$/;

/**
 * Why the labels' keys cannot be saved: a key that is not one digit or lower-case letter (a
 * space, a punctuation mark typed into the field), or one a command of the annotation view
 * already has; null when none.
 */
export function labelKeyProblem(styles: LabelStyles, overrides: KeyOverrides): string | null {
  for (const [label, style] of Object.entries(styles)) {
    if (style.key && !LABEL_KEY.test(style.key)) {
      const typed = style.key.trim() ? `“${style.key}”` : 'A space';
      return `${typed} cannot be a key: give ${label} one digit or lower-case letter`;
    }
    const command = style.key ? commandOfLabelKey(style.key, overrides) : null;
    if (command && style.key)
      return `${formatChord(style.key)} is the key of ${command.title}: choose another key for ${label}`;
  }
  return null;
}
