import { foldedName, windowsNameProblem, windowsSafeName } from '../../shared/model';
import { basename, extname } from 'node:path';

/**
 * A file-safe document id from a file name, unique among `taken`: the {@link foldedName}s of the
 * ids in use, so `report.txt` beside a document `Report` gets `report-2`, not a name that is the
 * other document's file on a disk that ignores case (macOS, Windows).
 * @example documentIdFor('a b.txt', new Set()) === 'a_b'
 */
export function documentIdFor(fileName: string, taken: ReadonlySet<string>): string {
  const stem = basename(fileName, extname(fileName));
  let base = stem
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 100);
  if (!base) base = 'document';
  // CON.txt, aux.json, a name ending in a dot: a teammate on Windows could not check it out.
  base = windowsSafeName(base);
  if (windowsNameProblem(base)) base = `${base}_`;
  let id = base;
  for (let n = 2; taken.has(foldedName(id)); n++) id = `${base}-${n}`;
  return id;
}
