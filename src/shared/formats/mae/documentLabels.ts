/**
 * The offsets MedTator writes for a document-level tag, one that covers no text
 * (`NON_CONSUMING_SPANS` in MedTator's templates/js/ann_parser.js).
 */
export const DOCUMENT_LEVEL_SPANS = '-1~-1';

/**
 * A MAE file's document-level tags as document labels: each label named after the task
 * (the root element), `Task`, `Task 2`, … in file order, its value the tag name.
 * @example maeDocumentLabels('VAX_SYMPTOM', ['PYREXIA', 'CHILL']) → { VAX_SYMPTOM: 'PYREXIA', 'VAX_SYMPTOM 2': 'CHILL' }
 */
export function maeDocumentLabels(task: string, tags: readonly string[]): Record<string, string> {
  return Object.fromEntries(tags.map((tag, i) => [i === 0 ? task : `${task} ${i + 1}`, tag]));
}

/**
 * The document-level tags a document's labels ask for (the values of labels named after the
 * task, `Task` or `Task <n>`, in label order), and how many labels are named otherwise.
 * @example taskTags({ VAX_SYMPTOM: 'PYREXIA', source: 'wire' }, 'VAX_SYMPTOM') → { tags: ['PYREXIA'], others: 1 }
 */
export function taskTags(
  labels: Readonly<Record<string, string>>,
  task: string,
): { readonly tags: readonly string[]; readonly others: number } {
  const tags: string[] = [];
  let others = 0;
  for (const [name, value] of Object.entries(labels)) {
    const own =
      name === task || (name.startsWith(`${task} `) && /^\d+$/.test(name.slice(task.length + 1)));
    if (own) tags.push(value);
    else others++;
  }
  return { tags, others };
}
