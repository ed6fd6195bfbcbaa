import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_PUBTATOR } from '../common/keptKeys';

export { KEPT_PUBTATOR };

/** The database name of a concept ID read from a PubTator mention line (its sixth column). */
export const PUBTATOR_DB = 'PubTator';

/** A mention's columns after its type as written (`\tD003866`, `\tD1|D2\tname|name`, '' for none), valid while its concept ID is `key`. */
export interface KeptTail {
  readonly key: string;
  readonly tail: string;
}

/**
 * What a document imported from a PubTator file keeps beside its text (metadata key
 * `$pubtator`), so a PubTator export writes it back byte for byte: the PMID, the file it came
 * from and its place there, the blank lines before and after it, whether lines end in CRLF,
 * whether it had no abstract line or counted offsets in UTF-16 units, the mentions' span ids in
 * file order, their columns after the type where a plain export would write them otherwise,
 * and the relation lines (between concept IDs, not mentions) as written.
 * @example { pmid: '227508', file: 'CDR.txt', index: 0, after: '\n\n', order: ['T1'], tails: {}, relations: ['227508\tCID\tD008750\tD007022'] }
 */
export interface KeptPubtator {
  readonly pmid: string;
  readonly file: string;
  readonly index: number;
  /** What came before the title line (blank lines at the top of the file). */
  readonly lead?: string;
  /** What follows the document's last line up to the next title (line breaks, blank lines). */
  readonly after: string;
  readonly crlf?: boolean;
  readonly noAbstract?: boolean;
  readonly utf16?: boolean;
  readonly order: readonly string[];
  readonly tails: Readonly<Record<string, KeptTail>>;
  /** Mention columns written with spaces around the text at their offsets, by span id. */
  readonly mentions?: Readonly<Record<string, string>>;
  readonly relations: readonly string[];
}

/** The PubTator layout a document's metadata keeps, or null when it keeps none (or not in this shape). */
export function keptPubtatorOf(metadata: DocumentMetadata | undefined): KeptPubtator | null {
  const value = metadata?.[KEPT_PUBTATOR];
  if (!isRecord(value)) return null;
  const { pmid, file, index, lead, after, crlf, noAbstract, utf16, order, tails, relations } =
    value;
  const { mentions } = value;
  if (typeof pmid !== 'string' || typeof file !== 'string' || typeof after !== 'string')
    return null;
  if (typeof index !== 'number' || !isStrings(order) || !isStrings(relations)) return null;
  if (!isTails(tails)) return null;
  return {
    pmid,
    file,
    index,
    after,
    order,
    tails,
    relations,
    ...(typeof lead === 'string' ? { lead } : {}),
    ...(crlf === true ? { crlf } : {}),
    ...(noAbstract === true ? { noAbstract } : {}),
    ...(utf16 === true ? { utf16 } : {}),
    ...(isStringRecord(mentions) ? { mentions } : {}),
  };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function isTails(value: unknown): value is Record<string, KeptTail> {
  return isRecord(value) && Object.values(value).every(isTail);
}

function isTail(value: unknown): value is KeptTail {
  return isRecord(value) && typeof value.key === 'string' && typeof value.tail === 'string';
}
