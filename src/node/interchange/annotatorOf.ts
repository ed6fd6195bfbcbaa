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
 * The layer names of a batch's annotators. Two annotators whose names come out alike (two
 * e-mail addresses with one local part, amira@a.org and amira@b.org) never share a layer: the
 * first in sorted order keeps the plain name, the others get their domain after a dash
 * (`amira-b.org`), each said in `warnings`. Sorted, so the same people get the same names
 * whatever the order of the file.
 * @example new AnnotatorNames(bundle).of('amira@b.org') === 'amira-b.org' when amira@a.org is in it too
 */
export class AnnotatorNames {
  readonly warnings: string[] = [];
  private readonly names = new Map<string, string | undefined>();

  constructor(bundle: FormatBundle) {
    const byName = new Map<string, Set<string>>();
    for (const doc of bundle.documents) {
      if (doc.annotator === undefined || this.names.has(doc.annotator)) continue;
      const name = annotatorNameOf(doc.annotator);
      this.names.set(doc.annotator, name);
      if (name !== undefined && !doc.machine)
        byName.set(name, (byName.get(name) ?? new Set()).add(doc.annotator));
    }
    const taken = new Set(this.names.values());
    for (const [name, raws] of byName) {
      if (raws.size < 2) continue;
      const [first, ...others] = [...raws].sort();
      if (first !== undefined) this.names.set(first, name);
      for (const raw of others) {
        const distinct = distinctName(name, raw, taken);
        taken.add(distinct);
        this.names.set(raw, distinct);
        this.warnings.push(
          `${JSON.stringify(first)} and ${JSON.stringify(raw)} would both be the annotator ${JSON.stringify(name)}: ${JSON.stringify(raw)} is imported as ${JSON.stringify(distinct)}, each keeping its own layer`,
        );
      }
    }
  }

  /** A file's annotator as this batch names it; undefined when it makes no valid name. */
  of(raw: string | undefined): string | undefined {
    return raw === undefined ? undefined : this.names.get(raw);
  }

  /**
   * Texts whose documents in the batch name more than one annotator of their own (Label
   * Studio tasks annotated by several people, doccano 1.x records of several users): those
   * keep their own names, so several people's work never lands in one layer.
   */
  severalAnnotators(bundle: FormatBundle): Set<string> {
    const byText = new Map<string, Set<string>>();
    for (const doc of bundle.documents) {
      const own = this.of(doc.annotator);
      if (own === undefined || doc.machine) continue;
      byText.set(doc.text, (byText.get(doc.text) ?? new Set()).add(own));
    }
    return new Set([...byText].filter(([, names]) => names.size > 1).map(([text]) => text));
  }
}

/** `name-domain` (or `name-2`, `name-3`, …) not yet taken, a valid annotator name. */
function distinctName(name: string, raw: string, taken: ReadonlySet<string | undefined>): string {
  const at = raw.lastIndexOf('@');
  const domain = at > 0 ? annotatorNameOf(raw.slice(at + 1)) : undefined;
  const candidates = domain === undefined ? [] : [`${name}-${domain}`];
  for (let n = 2; ; n++) {
    const candidate = candidates.shift() ?? `${name}-${n}`;
    const fitted = annotatorNameOf(candidate);
    if (fitted !== undefined && !taken.has(fitted)) return fitted;
  }
}

/**
 * The layer one document's annotations go to: a machine's suggestions to its model's layer
 * (`model` unless the file names a valid one); several people's work to each one's own
 * layer (a text several annotate, or any record of a file of several annotators' records that
 * fixes its annotator: Prodigy's `_annotator_id`); otherwise `--annotator`, else the file's annotator, else the local user.
 * @example annotatorOf({ ...doc, machine: true, annotator: 'ner-v2' }, choice, batch) === 'ner-v2'
 */
export function annotatorOf(
  doc: FormatDocument,
  choice: AnnotatorChoice,
  batch: { names: AnnotatorNames; several: ReadonlySet<string> },
): string {
  const { names, several } = batch;
  const own = names.of(doc.annotator);
  if (doc.machine) return own ?? MACHINE_ANNOTATOR;
  if (own !== undefined && (several.has(doc.text) || doc.annotatorFixed === true)) return own;
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
