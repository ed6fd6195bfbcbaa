import { stripByteOrderMark } from '../common';
import { isWebannoTsv2File } from './tsv2Header';

/**
 * Whether a file opens with a WebAnno TSV header, `#FORMAT=WebAnno TSV <version>` (for
 * `--format auto`; the reader says when the version is not 3.x), or is WebAnno 2's TSV.
 * @example isWebannoFile('#FORMAT=WebAnno TSV 3.3\n') === true
 */
export function isWebannoFile(content: string): boolean {
  return (
    stripByteOrderMark(content).startsWith('#FORMAT=WebAnno TSV ') || isWebannoTsv2File(content)
  );
}
