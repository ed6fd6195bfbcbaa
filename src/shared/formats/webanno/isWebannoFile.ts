import { stripByteOrderMark } from '../common';

/**
 * Whether a file opens with a WebAnno TSV header, `#FORMAT=WebAnno TSV <version>` (for
 * `--format auto`; the reader says when the version is not 3.x).
 * @example isWebannoFile('#FORMAT=WebAnno TSV 3.3\n') === true
 */
export function isWebannoFile(content: string): boolean {
  return stripByteOrderMark(content).startsWith('#FORMAT=WebAnno TSV ');
}
