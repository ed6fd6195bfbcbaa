import { setOwn } from '../../../../../shared/collections';
import type { LabelSchema, LabelStyles } from '../../../../../shared/model';

/** Names typed over labels in the schema dialog, old name → new name, applied on Save. */
export type LabelRenames = ReadonlyMap<string, string>;

/** Why the renames cannot be saved: an empty name, or a name another label has. */
export function renameProblem(
  labels: readonly { name: string }[],
  renames: LabelRenames,
): string | null {
  const names = labels.map((l) => (renames.get(l.name) ?? l.name).trim());
  if (names.some((n) => !n.trim())) return 'Every label needs a name.';
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  return twice ? `Two labels would be called ${twice}: give one of them another name.` : null;
}

/** The one question before renaming labels that spans may use. */
export function renameQuestion(renames: LabelRenames): string {
  const list = [...renames].map(([from, to]) => `${from} → ${to}`).join(', ');
  return `Rename ${list} in the schema and in every annotator's spans? Ctrl+Z undoes it.`;
}

/**
 * Splits the renames: labels added in this dialog (not saved yet) are renamed in place in the
 * schema and styles; saved labels are left to the workbench, which rewrites their spans.
 */
export function applyNewLabelRenames(
  schema: LabelSchema,
  styles: LabelStyles,
  renames: LabelRenames,
  saved: ReadonlySet<string>,
): { schema: LabelSchema; styles: LabelStyles; renames: LabelRenames } {
  const local = new Map([...renames].filter(([from]) => !saved.has(from)));
  const remote = new Map([...renames].filter(([from]) => saved.has(from)));
  const renamedStyles: Record<string, LabelStyles[string]> = {};
  for (const [name, style] of Object.entries(styles))
    setOwn(renamedStyles, local.get(name) ?? name, style);
  return {
    schema: {
      ...schema,
      labels: schema.labels.map((l) => ({ ...l, name: local.get(l.name) ?? l.name })),
    },
    styles: renamedStyles,
    renames: remote,
  };
}
