import { FormatError, type FormatBundle } from '../../shared/formats';

/** Formats whose records carry their annotations inline, so a set-aside part is annotation data. */
const JSON_FORMATS = new Set(['doccano', 'labelstudio', 'spans-jsonl']);

/**
 * The error of a batch that read no annotation at all while its reader set aside
 * annotation-shaped parts (a warning per part: results of a type Loupe does not read, …):
 * importing it would add bare texts and look like success. Null when anything was read,
 * nothing was set aside, or the format is not one of records with inline annotations.
 * @example nothingRead(bundle, 'labelstudio') → FormatError('tasks.json', undefined, 'no annotation was read, though …')
 */
export function nothingRead(bundle: FormatBundle, format: string): FormatError | null {
  if (!JSON_FORMATS.has(format) || bundle.documents.length === 0 || bundle.warnings.length === 0)
    return null;
  const read = bundle.documents.some(
    (d) =>
      d.spans.length +
        d.relations.length +
        d.stances.length +
        (d.events?.length ?? 0) +
        Object.keys(d.documentLabels).length >
      0,
  );
  if (read) return null;
  const first = bundle.warnings[0] ?? '';
  const file = first.split(':')[0] ?? '';
  return new FormatError(
    file,
    undefined,
    `no annotation was read, though the files hold some that Loupe set aside (${first}${bundle.warnings.length > 1 ? `, and ${bundle.warnings.length - 1} more` : ''}); pass --skip-invalid to import the texts alone`,
  );
}
