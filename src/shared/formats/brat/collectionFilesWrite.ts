import type { CollectionFile } from '../../model';
import type { DeclaredVocabulary, FormatDocument, FormatFile, Tally } from '../common';
import { readAnnotationConf } from './readAnnotationConf';

/** What a brat export writes beside its documents, made from the project (see writeBrat). */
export interface MadeConf {
  readonly annotation: string;
  readonly visual: string;
  /** Whether spans written overlap, which brat allows only where `annotation.conf` declares `<OVERLAP>`. */
  readonly overlapping: boolean;
}

/**
 * brat's configuration files and README for an export: those a brat import kept (`kept`),
 * byte for byte in the folder they came from (each folder name made safe by `pathOf`) when that
 * folder holds a document written (`folders`) or is the top; `annotation.conf` made again
 * (`made`) where the kept one does not declare a type, relation, attribute value or event type
 * written, or spans written overlap and it declares no `<OVERLAP>` (a kept `visual.conf` is written as it came: Loupe's colours are not added to it); the
 * made ones at the top when none was kept there. Each one made again is noted in `tally`.
 * @example collectionFilesOf([], made, new Set(), (f, n) => n, tally) → annotation.conf and visual.conf as made
 */
export function collectionFilesOf(
  kept: readonly CollectionFile[],
  made: MadeConf,
  folders: ReadonlySet<string>,
  pathOf: (folder: string | undefined, name: string) => string,
  tally: Tally,
): FormatFile[] {
  const files: FormatFile[] = [];
  const madeVocabulary = readAnnotationConf(
    { path: 'annotation.conf', content: made.annotation },
    [],
  );
  const atTop = new Set<string>();
  for (const file of kept) {
    if (file.format !== 'brat' || !holdsDocuments(file.folder, folders)) continue;
    const path = pathOf(file.folder, file.name);
    if (file.folder === undefined) atTop.add(file.name);
    const stale =
      file.name === 'annotation.conf' &&
      (!declaresAll(file, madeVocabulary) ||
        (made.overlapping && !/^\s*<OVERLAP>/m.test(file.content)));
    if (stale)
      tally.note(
        `${file.name} kept from the collection imported, made again: it does not declare every type, relation, attribute value or event type written, or allow the overlapping spans written`,
      );
    const content = stale ? made.annotation : file.content;
    files.push({
      path,
      content,
      ...(stale || file.encoding === undefined ? {} : { encoding: file.encoding }),
    });
  }
  if (!atTop.has('annotation.conf'))
    files.push({ path: pathOf(undefined, 'annotation.conf'), content: made.annotation });
  if (!atTop.has('visual.conf'))
    files.push({ path: pathOf(undefined, 'visual.conf'), content: made.visual });
  return files;
}

/** Whether a kept file's folder is the top or holds (or is above) a folder of a document written. */
function holdsDocuments(folder: string | undefined, folders: ReadonlySet<string>): boolean {
  if (folder === undefined) return true;
  for (const f of folders) if (f === folder || f.startsWith(`${folder}/`)) return true;
  return false;
}

/** Whether a kept `annotation.conf` declares every name the one made declares. */
function declaresAll(file: CollectionFile, made: DeclaredVocabulary): boolean {
  const kept = readAnnotationConf({ path: file.name, content: file.content }, []);
  const has = (list: readonly string[], name: string) => list.includes(name);
  const keptEvents = (kept.eventTypes ?? []).map((e) => e.name);
  return (
    made.labels.every((l) => has(kept.labels, l) || has(keptEvents, l)) &&
    made.relationTypes.every((r) => has(kept.relationTypes, r)) &&
    (made.eventTypes ?? []).every((e) => has(keptEvents, e.name)) &&
    Object.entries(made.attributes).every(([name, values]) => {
      const known = kept.attributes[name];
      return known !== undefined && values.every((v) => has(known, v));
    })
  );
}

/** Whether two spans of one document overlap (share a character), as brat's checker sees them. */
export function spansOverlapIn(documents: readonly FormatDocument[]): boolean {
  return documents.some((doc) => {
    const fragments = doc.spans
      .flatMap((span, i) => span.fragments.map((f) => ({ ...f, i })))
      .sort((a, b) => a.start - b.start);
    let reach = -1;
    let holder = -1;
    for (const f of fragments) {
      if (f.start < reach && f.i !== holder) return true;
      if (f.end > reach) [reach, holder] = [f.end, f.i];
    }
    return false;
  });
}
