import {
  ANSWERED_AWAY,
  answeredAway,
  BEYOND_SPANS,
  ByteWriter,
  keptConllOf,
  tagDocument,
  Tally,
  tallyUnwritten,
} from '../common';
import type { FormatBundle, KeptConll, WriteOptions, WriteResult } from '../common';
import { exportSchemeOf } from './exportScheme';
import { keptLines } from './keptLines';
import { withLineEnd } from './fileLines';

/**
 * Writes documents read from a file of sentences tagged inline (WikiNER's `The|DT|O`, the files
 * spaCy's `iob` converter reads) back so: a sentence per line, each token its columns joined by
 * `|` and the tokens by a space, a blank line between documents, a document's `-DOCSTART-`
 * token first on its own line; tags in the file's scheme or `options.scheme`, the file's line
 * end and the line breaks it ended with. Null unless every document written was read so, with
 * the same columns: the others go a token per line.
 * @example writeInline(readConll([file('a.iob', 'EU|B-ORG rejects|O\n')]), {})?.files[0].content === 'EU|B-ORG rejects|O\n'
 */
export function writeInline(
  bundle: FormatBundle,
  options: WriteOptions,
  fileName: string,
): WriteResult | null {
  const written = bundle.documents.filter((doc) => !answeredAway(doc));
  const kept = written.map((doc) => keptConllOf(doc.metadata));
  const [first] = kept;
  if (!first || !kept.every((k) => k?.inline && sameColumns(k, first))) return null;
  const tally = new Tally();
  tally.add(ANSWERED_AWAY, bundle.documents.length - written.length);
  const scheme = options.scheme ?? exportSchemeOf(written);
  const layout = { columns: first.columns, token: first.token, tag: first.tag };
  const how = { layout, scheme, tabs: false, first: true, asked: options.scheme !== undefined };
  const blocks: string[] = [];
  let spans = 0;
  for (const doc of written) {
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const tagged = tagDocument(doc, tally, options.overlaps);
    spans += tagged.spansWritten;
    const lines = new ByteWriter();
    keptLines(lines, doc, tagged, how, tally, (label) => label.replace(/\s/gu, '_'));
    blocks.push(inlineBlock(lines.toString()));
  }
  const last = kept[kept.length - 1]?.lineBreaksAtEnd ?? 1;
  const text = `${first.byteOrderMark ? '\uFEFF' : ''}${blocks.join('\n\n')}${'\n'.repeat(last)}`;
  const out = new ByteWriter();
  out.text(withLineEnd(text, first.lineEnd ?? '\n'));
  return {
    files: [out.toFile(fileName)],
    summary: tally.summary({ documents: written.length, spans, stances: 0 }),
  };
}

function sameColumns(a: KeptConll, b: KeptConll): boolean {
  return a.columns === b.columns && a.token === b.token && a.tag === b.tag;
}

/**
 * A document's lines a token per line (its `-DOCSTART-` line, a blank line, sentences apart by
 * blank lines) as lines of a sentence each, the columns of a token joined by `|`.
 */
function inlineBlock(tokenLines: string): string {
  const sentences: string[] = [];
  let tokens: string[] = [];
  for (const line of tokenLines.split('\n')) {
    if (line !== '') {
      tokens.push(line.split(' ').join('|'));
      continue;
    }
    if (tokens.length > 0) sentences.push(tokens.join(' '));
    tokens = [];
  }
  if (tokens.length > 0) sentences.push(tokens.join(' '));
  return sentences.join('\n');
}
