import {
  BEYOND_SPANS,
  heldMetadataKeys,
  KEPT_CONLL,
  Tally,
  tallyUnwritten,
  uniqueFilePath,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile, WriteResult } from '../common';
import { KEPT_PUBTATOR, keptPubtatorOf } from './keptPubtator';
import { pubtatorLines } from './writePubtatorDocument';

/** What a PubTator file cannot hold: all but labelled spans, less the relation lines it kept, which it writes back. */
const WRITTEN_ELSEWHERE = BEYOND_SPANS.filter(
  (kind) => kind !== 'relation line kept from a PubTator file',
);

/** The file documents made in Loupe (or read from another format) are written to. */
const DEFAULT_FILE = 'documents.pubtator';

/**
 * Writes PubTator: documents read from a PubTator file go back to a file of that name in its folder, in
 * their order there and with its blank lines, so an unchanged document is written byte for
 * byte; others go to `documents.pubtator`, each followed by a blank line. Span relations,
 * entity links, notes, stances, events, equivalence sets and document labels have no place in
 * PubTator (its relations join concept IDs): they are counted, as is other metadata.
 * @example writePubtator(bundle).files → [{ path: 'documents.pubtator', content: '227508|t|…' }]
 */
export function writePubtator(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const groups = new Map<string, FormatDocument[]>();
  for (const doc of bundle.documents) {
    const file = keptPubtatorOf(doc.metadata)?.file ?? DEFAULT_FILE;
    const key = JSON.stringify([doc.folder, file]);
    const group = groups.get(key);
    if (group) group.push(doc);
    else groups.set(key, [doc]);
    tallyUnwritten(doc, tally, [...WRITTEN_ELSEWHERE, 'columns kept from a CoNLL file']);
    if (heldMetadataKeys(doc.metadata).some((k) => k !== KEPT_PUBTATOR && k !== KEPT_CONLL))
      tally.add('document metadata');
  }
  const files: FormatFile[] = [];
  const taken = new Set<string>();
  let spans = 0;
  for (const docs of groups.values()) {
    const [first] = docs;
    if (first === undefined) continue;
    const written = pubtatorText(docs, tally);
    spans += written.spans;
    const name = keptPubtatorOf(first.metadata)?.file ?? DEFAULT_FILE;
    files.push({ path: uniqueFilePath(first.folder, name, taken), content: written.content });
  }
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0 }),
  };
}

/**
 * The PubTator text of documents (one file's), in the order their file had them; what followed
 * each document there is written after it when it still ends the document (a blank line, or
 * the file's end for the last one), else a blank line.
 * @example pubtatorText([doc], new Tally()).content.endsWith('\n\n')
 */
export function pubtatorText(
  docs: readonly FormatDocument[],
  tally: Tally,
): { content: string; spans: number } {
  const placed = docs
    .map((doc, i) => ({ doc, i, at: keptPubtatorOf(doc.metadata)?.index ?? Infinity }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const parts: string[] = [];
  let spans = 0;
  for (const [n, { doc }] of placed.entries()) {
    const written = pubtatorLines(doc, tally);
    const eol = written.kept?.crlf ? '\r\n' : '\n';
    if (n === 0 && written.kept?.lead) parts.push(written.kept.lead);
    parts.push(written.lines.join(eol));
    const after = written.kept?.after;
    const last = n === placed.length - 1;
    parts.push(after !== undefined && (last || after.split('\n').length > 2) ? after : eol + eol);
    spans += written.spans;
  }
  return { content: parts.join(''), spans };
}
