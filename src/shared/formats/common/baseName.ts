/**
 * A path's last segment without its extension (the last `.` part, when not leading).
 * @example baseName('reports/a.b.txt') === 'a.b'; baseName('.hidden') === '.hidden'
 */
export function baseName(path: string): string {
  const segment = path.split(/[\\/]/).pop() ?? path;
  const dot = segment.lastIndexOf('.');
  return dot > 0 ? segment.slice(0, dot) : segment;
}

/** A path without its extension, directory kept (to pair `a.txt` with `a.ann`). @example pathStem('x/a.ann') === 'x/a' */
export function pathStem(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/** The lower-cased extension with its dot, or ''. @example extensionOf('A.JSONL') === '.jsonl' */
export function extensionOf(path: string): string {
  const stem = pathStem(path);
  return path.slice(stem.length).toLowerCase();
}
