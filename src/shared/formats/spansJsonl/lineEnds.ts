import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import type { JsonValue } from '../common';
import { ANSWERED_KEY } from './keptFields';

/**
 * How a record's line ended where Loupe would end it otherwise, kept under `$prodigy` so an
 * unedited file comes back byte for byte: `lineEnd` CRLF in a file written on Windows, and
 * `openEnd` on the file's last record when no line break followed it (written so while that
 * record is still the last one written).
 * @example lineEndsOf('{"text":"a"}\r\n{"text":"b"}') → { crlf: true, open: true }
 */
export function lineEndsOf(content: string): { crlf: boolean; open: boolean } {
  const feeds = content.split('\n').length - 1;
  const crlf = feeds > 0 && (content.split('\r\n').length - 1) * 2 > feeds;
  return { crlf, open: content.trim() !== '' && !content.endsWith('\n') };
}

/** The members to keep for a record (see {@link lineEndsOf}), `last` when it is the file's last. */
export function keptLineEnd(
  ends: { crlf: boolean; open: boolean },
  last: boolean,
): Record<string, JsonValue> {
  return {
    ...(ends.crlf ? { lineEnd: '\r\n' } : {}),
    ...(ends.open && last ? { openEnd: true } : {}),
  };
}

/** The line end a document's record is written with, and whether its file ended on it without one. */
export function lineEndOf(metadata: DocumentMetadata | undefined): {
  eol: '\n' | '\r\n';
  open: boolean;
} {
  const kept = metadata?.[ANSWERED_KEY];
  if (!isRecord(kept)) return { eol: '\n', open: false };
  return { eol: kept.lineEnd === '\r\n' ? '\r\n' : '\n', open: kept.openEnd === true };
}
