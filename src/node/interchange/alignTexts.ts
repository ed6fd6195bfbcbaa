import { diffChars, diffLines, type ChangeObject } from 'diff';
import { fragmentOf, type Fragment } from '../../shared/spans';

/** Where an earlier text's fragments lie in a later version, or null where that text changed. */
export interface TextAlignment {
  place(fragment: Fragment): Fragment | null;
}

const DIFF_TIMEOUT_MS = 10_000;

/**
 * Aligns two versions of a text by a diff on code points (jsdiff's `diffChars` splits by
 * code point since v6, so emoji never break). A fragment is carried when all its code
 * points survive in one unbroken run; otherwise when its text occurs exactly once in the
 * new version (a moved paragraph). Anything else cannot be placed.
 * @example alignTexts('Mike Pompeo said', 'Then Mike Pompeo said').place({ start: 0, end: 11 }) → { start: 5, end: 16 }
 */
export function alignTexts(before: string, after: string): TextAlignment {
  const oldPoints = [...before];
  const target = new Int32Array(oldPoints.length).fill(-1);
  let o = 0;
  let n = 0;
  for (const change of changesOf(before, after)) {
    const size = [...change.value].length;
    if (change.added) n += size;
    else if (change.removed) o += size;
    else for (let k = 0; k < size; k++) target[o++] = n++;
  }
  const textOf = (points: readonly string[], f: Fragment) => points.slice(f.start, f.end).join('');
  return {
    place(fragment) {
      const start = target[fragment.start] ?? -1;
      if (start >= 0 && unbroken(target, fragment))
        return fragmentOf(start, start + fragment.end - fragment.start);
      const wanted = textOf(oldPoints, fragment);
      const at = after.indexOf(wanted);
      if (wanted === '' || at < 0 || after.indexOf(wanted, at + 1) >= 0) return null;
      const startPoint = [...after.slice(0, at)].length;
      return fragmentOf(startPoint, startPoint + (fragment.end - fragment.start));
    },
  };
}

/** True when every code point of the fragment survived, each right after the one before. */
function unbroken(target: Int32Array, fragment: Fragment): boolean {
  const first = target[fragment.start] ?? -1;
  for (let k = fragment.start; k < fragment.end; k++)
    if (target[k] !== first + (k - fragment.start)) return false;
  return true;
}

/** Code point diff, or a line diff (still exact, coarser) when the texts differ too much to finish in time. */
function changesOf(before: string, after: string): ChangeObject<string>[] {
  return diffChars(before, after, { timeout: DIFF_TIMEOUT_MS }) ?? diffLines(before, after);
}
