import type { LabelSchema, LabelStyles } from '../../../../../shared/model';

/** Labels marked for deletion in the schema dialog, applied on Save (Esc or Close drops them). */
export type LabelDeletes = ReadonlySet<string>;

/** The one question before deleting labels that spans use: how many spans go with each. */
export function deleteQuestion(uses: ReadonlyMap<string, number>): string {
  const list = [...uses].map(([name, n]) => `${name} (${n} span${n === 1 ? '' : 's'})`).join(', ');
  return `Delete ${list}? Those spans are deleted with the label, in every annotator's layer. Ctrl+Z undoes it.`;
}

/** The schema and styles to save: deleted labels are left out (spans a deleted label has go with it). */
export function withoutDeletedLabels(
  schema: LabelSchema,
  styles: LabelStyles,
  deletes: LabelDeletes,
): { schema: LabelSchema; styles: LabelStyles } {
  return {
    schema: { ...schema, labels: schema.labels.filter((l) => !deletes.has(l.name)) },
    styles: Object.fromEntries(Object.entries(styles).filter(([name]) => !deletes.has(name))),
  };
}
