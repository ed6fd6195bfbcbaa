import { foldedName } from '../../model';

/**
 * `name`, or when a file of that name (ignoring case) is taken, `name-2.ext`, `name-3.ext`…;
 * added to `taken` (folded names): files a writer gives back their imported names never
 * overwrite each other.
 * @example freeFileName('a.json', new Set(['a.json'])) === 'a-2.json'
 */
export function freeFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(foldedName(candidate)); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(foldedName(candidate));
  return candidate;
}
