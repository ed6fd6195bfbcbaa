const UNSAFE = /[^\p{L}\p{N}._ -]+/gu;

/**
 * A file name made from a document name: unsafe characters become `_`, no leading dot,
 * and a `-2`, `-3`… suffix when `taken` already holds it (the name is added to `taken`).
 * @example uniqueFileName('a/b', new Set()) === 'a_b'
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const safe =
    name
      .replace(UNSAFE, '_')
      .replace(/^[. ]+/, '')
      .replace(/[. ]+$/, '')
      .slice(0, 120) || 'document';
  let candidate = safe;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${safe}-${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
