import { commandOfLabelKey, formatChord, type KeyOverrides } from '../../../../../shared/commands';
import type { LabelStyles } from '../../../../../shared/model';

/** Why the labels' keys cannot be saved: a key a command of the annotation view already has; null when none. */
export function labelKeyProblem(styles: LabelStyles, overrides: KeyOverrides): string | null {
  for (const [label, style] of Object.entries(styles)) {
    const command = style.key ? commandOfLabelKey(style.key, overrides) : null;
    if (command && style.key)
      return `${formatChord(style.key)} is the key of ${command.title}: choose another key for ${label}`;
  }
  return null;
}
