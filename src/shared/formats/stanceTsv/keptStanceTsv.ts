import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_STANCE_TSV } from '../common/keptKeys';
import type { TableDelimiter } from '../common';

export { KEPT_STANCE_TSV };

/**
 * A row's kept cells: the target as the file wrote it, the file's header, and every cell Loupe
 * does not model by its column name; the file's delimiter and line break (and whether it ended
 * the file without one), and where the row
 * stood (file and 1-based record number after the header), so an export writes rows back in order.
 */
export interface KeptStanceRow {
  readonly target: string;
  readonly header: readonly string[];
  readonly cells: Readonly<Record<string, string>>;
  readonly delimiter: TableDelimiter;
  readonly lineBreak: '\n' | '\r\n';
  readonly file: string;
  /** 0 when unknown (rows kept before Loupe noted it). */
  readonly row: number;
  /** The file's last row, which no line break followed: written so while it is the last row. */
  readonly openEnd?: boolean;
}

/**
 * The topic id of a target as a stance table names it: its words in lower case joined by `-`
 * (the way the demo schema's ids read), so brat and the other exports can write it.
 * @example topicIdOf('Climate Change is a Real Concern') === 'climate-change-is-a-real-concern'
 */
export function topicIdOf(target: string): string {
  const id = target
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'topic' : id;
}

/** The kept row of a document that came from a stance table, or null. */
export function keptStanceRowOf(metadata: DocumentMetadata | undefined): KeptStanceRow | null {
  const kept = metadata?.[KEPT_STANCE_TSV];
  if (!isRecord(kept) || typeof kept.target !== 'string') return null;
  const header = Array.isArray(kept.header)
    ? kept.header.filter((h): h is string => typeof h === 'string')
    : [];
  const cells: Record<string, string> = {};
  if (isRecord(kept.cells))
    for (const [key, value] of Object.entries(kept.cells))
      if (typeof value === 'string') setOwn(cells, key, value);
  return {
    target: kept.target,
    header,
    cells,
    delimiter: kept.delimiter === ',' ? ',' : '\t',
    lineBreak: kept.lineBreak === '\r\n' ? '\r\n' : '\n',
    file: typeof kept.file === 'string' ? kept.file : '',
    row: typeof kept.row === 'number' && Number.isInteger(kept.row) ? kept.row : 0,
    ...(kept.openEnd === true ? { openEnd: true } : {}),
  };
}
