import type { FormatBundle, FormatDocument } from '../../shared/formats';
import { annotatorSchema } from '../../shared/model';

/** Who the annotations belong to: the `--annotator` given, else the file's own (Loupe files), else the local user. */
export interface AnnotatorChoice {
  readonly explicit?: string;
  readonly fallback: () => string;
}

/** The layer a machine's suggestions go to when the file names no model. */
export const MACHINE_ANNOTATOR = 'model';

/**
 * Texts whose documents in a batch name more than one annotator of their own (Label Studio
 * tasks annotated by several people, doccano 1.x records of several users): those keep
 * their own names, so several people's work never lands in one layer.
 * @example severalAnnotators(bundle).has(text) === true when user1 and user2 annotated it
 */
export function severalAnnotators(bundle: FormatBundle): Set<string> {
  const byText = new Map<string, Set<string>>();
  for (const doc of bundle.documents) {
    const own = doc.annotator === undefined ? undefined : annotatorNameOf(doc.annotator);
    if (own === undefined || doc.machine) continue;
    byText.set(doc.text, (byText.get(doc.text) ?? new Set()).add(own));
  }
  return new Set([...byText].filter(([, names]) => names.size > 1).map(([text]) => text));
}

/**
 * The layer one document's annotations go to: a machine's suggestions to its model's layer
 * (`model` unless the file names a valid one); several people's work to each one's own
 * layer; otherwise `--annotator`, else the file's annotator, else the local user.
 * @example annotatorOf({ ...doc, machine: true, annotator: 'ner-v2' }, choice, new Set()) === 'ner-v2'
 */
export function annotatorOf(
  doc: FormatDocument,
  choice: AnnotatorChoice,
  several: ReadonlySet<string>,
): string {
  const own = doc.annotator === undefined ? undefined : annotatorNameOf(doc.annotator);
  if (doc.machine) return own ?? MACHINE_ANNOTATOR;
  if (own !== undefined && several.has(doc.text)) return own;
  if (choice.explicit) return choice.explicit;
  return own ?? choice.fallback();
}

/**
 * A file's annotator as a Loupe annotator name (a folder name): an e-mail address by its
 * local part, other characters outside letters, digits, space, dot, dash and underscore as `_`.
 * @example annotatorNameOf('amira@example.org') === 'amira'
 */
export function annotatorNameOf(raw: string): string | undefined {
  const local = raw.includes('@') && !raw.startsWith('@') ? raw.slice(0, raw.indexOf('@')) : raw;
  const name = local
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 64)
    .replace(/[. ]+$/, '');
  return annotatorSchema.safeParse(name).success ? name : undefined;
}
