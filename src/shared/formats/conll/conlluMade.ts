import { keptConllOf } from '../common';
import type { ExportScheme, FormatDocument, Tally, TaggedDocument } from '../common';
import { schemeTags } from './exportScheme';
import { entryOf } from './miscKeys';
import type { SourceWritten } from './sourcesWrite';

export const MADE_REASONS = {
  label: 'label with whitespace, | or = written with _ in the CoNLL-U MISC column',
  made: 'document not imported from CoNLL-U written as CoNLL-U beside documents that were (one file holds one layout): ID, FORM and its name in MISC, the other columns _, # newdoc before it',
  changed:
    'CoNLL-U document whose text changed written from its words: its other columns (LEMMA, UPOS, HEAD, …, MISC but its names) written as _',
  retold:
    'CoNLL-U # text line of a document whose text changed written anew from its words, # newdoc from its name',
  columns:
    'document whose kept CoNLL columns were left out: written as CoNLL-U beside CoNLL-U documents (ID, FORM, names in MISC)',
  comments:
    'comment line kept from a CoNLL file after its last sentence not written: the document was written as CoNLL-U from its words, whose # lines go before a sentence',
  written:
    'comment line kept from a CoNLL file written among the # lines before its sentence in CoNLL-U',
} as const;

/** How a document is made into CoNLL-U beside the file's own: the MISC key, the scheme, the `-DOCSTART-` line they had. */
export interface MadeConllu {
  readonly key: string;
  readonly scheme: ExportScheme;
  /** The line the CoNLL-U documents began with (`-DOCSTART-`), written before this one too so Loupe reads it apart; null when they had none. */
  readonly docstart: string | null;
}

/**
 * Labels as MISC values: whitespace, `|` and `=` (which would split the entry) written as `_`, counted.
 * @example miscLabels(['GPE LOC'], tally) → ['GPE_LOC']
 */
export function miscLabels(labels: readonly string[], tally: Tally): string[] {
  return labels.map((label) => {
    if (!/[\s|=]/u.test(label)) return label;
    tally.note(MADE_REASONS.label);
    return label.replace(/[\s|=]/gu, '_');
  });
}

/**
 * A document that came from no CoNLL-U file (or whose text changed since) as CoNLL-U lines,
 * as spaCy's CoNLL-U converter and the UD format read them: `# newdoc id`, then per sentence
 * `# sent_id` and `# text`, a line per word with its number, the word, `_` in the columns
 * Loupe does not have (spaCy takes a `_` head as the word itself) and MISC holding its name
 * under the key of the file's documents (`name=B-PER`, `name=O`) and `SpaceAfter=No` where no
 * space follows; a blank line after each sentence.
 * @example madeConllu(doc, tagged, { key: 'name', scheme: 'iob2', docstart: null }, tally).lines[3] === '1\tMike\t_\t_\t_\t_\t_\t_\t_\tname=B-PER'
 */
export function madeConllu(
  doc: FormatDocument,
  tagged: TaggedDocument,
  how: MadeConllu,
  tally: Tally,
): SourceWritten {
  const kept = keptConllOf(doc.metadata);
  if (kept?.conllu) tally.add(MADE_REASONS.changed);
  else tally.note(MADE_REASONS.made);
  if (kept && !kept.conllu && (kept.kept !== undefined || kept.ontonotes))
    tally.add(MADE_REASONS.columns);
  // A CoNLL-U document whose text changed keeps its # lines but `# text` (made anew from the
  // words: the old one may no longer be the sentence's) and `# newdoc` (written from its name).
  const comments = (kept?.comments ?? []).filter(
    ([, c]) => !kept?.conllu || !/^#\s*(?:text\s*=|newdoc(?:\s|$))/u.test(c.trim()),
  );
  if (kept?.conllu) tally.note(MADE_REASONS.retold, (kept.comments?.length ?? 0) - comments.length);
  const id = doc.name.replace(/\s/gu, '_');
  const lines: string[] = [];
  if (how.docstart !== null) lines.push(how.docstart, '');
  lines.push(newdocLine(doc.name));
  const { text, tokens, mentions, mentionLabel, sentenceStart } = tagged;
  const tagOf = schemeTags(tagged, how.scheme, tally);
  const names = miscLabels(tagged.labels, tally);
  let sentence: string[] = [];
  let from = 0; // where the sentence's first word starts
  let to = 0; // where its last word ends
  let s = 0;
  let c = 0; // the next kept comment line to write
  let line = 0; // the text's line (a sentence of the file it came from) the sentence begins on
  let counted = 0; // where the line breaks before `line` were counted to
  const close = (): void => {
    if (sentence.length === 0) return;
    s++;
    for (; counted < from; counted++) if (text.charCodeAt(counted) === 10) line++;
    const own: string[] = [];
    for (; c < comments.length && (comments[c]?.[0] ?? 0) <= line; c++)
      own.push(comments[c]?.[1] ?? '#');
    tally.note(MADE_REASONS.written, own.length);
    const has = (key: string) => own.some((o) => new RegExp(`^#\\s*${key}\\s*=`, 'u').test(o));
    lines.push(...own);
    if (!has('sent_id')) lines.push(`# sent_id = ${id}-${s}`);
    if (!has('text')) lines.push(`# text = ${text.slice(from, to).replace(/\r\n|[\n\r]/gu, ' ')}`);
    lines.push(...sentence, '');
    sentence = [];
  };
  let m = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    if (i > (mentions[2 * m + 1] ?? 0)) m++;
    const first = mentions[2 * m] ?? 0;
    const tag = i < first ? 'O' : tagOf(m, i, names[mentionLabel[m] ?? 0] ?? '');
    const start = tokens.start16[i] ?? 0;
    const end = tokens.end16[i] ?? 0;
    if (sentenceStart[i] === 1) close();
    if (sentence.length === 0) from = start;
    to = end;
    const spaceAfter = end >= text.length || /\s/u.test(text.charAt(end));
    const misc = `${entryOf(how.key, tag)}${spaceAfter ? '' : '|SpaceAfter=No'}`;
    const word = text.slice(start, end);
    sentence.push(`${sentence.length + 1}\t${word}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
  }
  close();
  tally.add(MADE_REASONS.comments, comments.length - c);
  return { lines: [...lines, ''], spans: tagged.spansWritten };
}

/**
 * The `# newdoc id` line of a document written as CoNLL-U: its name, whitespace as `_`.
 * @example newdocLine('plain doc') === '# newdoc id = plain_doc'
 */
export function newdocLine(name: string): string {
  return `# newdoc id = ${name.replace(/\s/gu, '_')}`;
}
