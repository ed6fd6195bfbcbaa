import type { GoldDocument } from '../goldDocument';
import { referenceTokens } from './referenceTokens';
import type { ReferenceToken } from './referenceTokens';

interface SpacyToken {
  text: string;
  start: number;
  end: number;
  id: number;
  ws: boolean;
}

/**
 * A correct spans JSONL file for the gold: tokens cut at every span edge, `ws` true when one
 * space follows, any other whitespace a token of its own (so `Doc(words, spaces).text` is
 * the text), `token_end` inclusive.
 * @example JSON.parse(referenceSpansJsonl([doc]).split('\n')[0]).spans[0] → { start: 0, end: 4, label: 'GPE', token_start: 0, token_end: 0 }
 */
export function referenceSpansJsonl(documents: readonly GoldDocument[]): string {
  return documents
    .map((doc) => {
      const tokens = spacyTokens(
        referenceTokens(
          doc.text,
          doc.spans.flatMap((s) => [s.start, s.end]),
        ),
      );
      const spans = doc.spans.map((s) => ({
        start: s.start,
        end: s.end,
        label: s.label,
        token_start: tokens.findIndex((t) => t.start === s.start),
        token_end: tokens.findIndex((t) => t.end === s.end),
      }));
      return `${JSON.stringify({ text: doc.text, spans, tokens, meta: { name: doc.name } })}\n`;
    })
    .join('');
}

/** Moves one leading space of each whitespace run after a word into that word's `ws`. */
function spacyTokens(tokens: readonly ReferenceToken[]): SpacyToken[] {
  const out: SpacyToken[] = [];
  for (const t of tokens) {
    const before = out[out.length - 1];
    const rest =
      t.space && before && !before.ws && t.text.startsWith(' ') ? t.text.slice(1) : t.text;
    if (rest !== t.text && before) before.ws = true;
    if (rest === '') continue;
    const start = t.end - [...rest].length;
    out.push({ text: rest, start, end: t.end, id: out.length, ws: false });
  }
  return out;
}
