import type { DocumentMetadata, Span } from '../model';
import { firstAbove } from '../text/firstAbove';
import { keptConllOf } from './common/keptConll';

/** Most tokens whose columns a span shows; the rest are in the file. */
const TOKENS_SHOWN = 50;

/** A CoNLL document's tokens with their kept columns, in text order (offsets in code points). */
interface ConllTokens {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: Int32Array;
  readonly names: readonly string[];
  readonly columns: readonly string[];
}

/** Token lists by the metadata they were read from: built once per document, not per render. */
const tokensByMetadata = new WeakMap<DocumentMetadata, ConllTokens | null>();

/**
 * The kept columns of the tokens a span covers, one fact per token (`Obama` → `NNP I-NP`).
 * The text is the file's tokens joined by one space, its sentences by a line break, and the
 * kept lines follow it sentence by sentence, token by token; nothing when they do not line up.
 */
export function conllColumns(
  span: Pick<Span, 'fragments'>,
  text: string,
  metadata: DocumentMetadata | undefined,
): { name: string; value: string }[] {
  const tokens = metadata && conllTokensOf(metadata, text);
  if (!tokens) return [];
  const facts: { name: string; value: string }[] = [];
  let next = 0; // fragments are in text order: each search starts where the last one ended
  for (const { start, end } of span.fragments) {
    let i = firstAbove(tokens.ends, start, tokens.ends.length, next);
    i = Math.max(i, next);
    for (; i < tokens.starts.length && (tokens.starts[i] ?? end) < end; i += 1) {
      if (facts.length === TOKENS_SHOWN) return facts;
      facts.push({ name: tokens.names[i] ?? '', value: tokens.columns[i] ?? '' });
    }
    next = i;
  }
  return facts;
}

function conllTokensOf(metadata: DocumentMetadata, text: string): ConllTokens | null {
  const cached = tokensByMetadata.get(metadata);
  if (cached !== undefined && (cached === null || cached.text === text)) return cached;
  const tokens = indexConllTokens(metadata, text);
  tokensByMetadata.set(metadata, tokens);
  return tokens;
}

function indexConllTokens(metadata: DocumentMetadata, text: string): ConllTokens | null {
  const kept = keptConllOf(metadata)?.kept;
  if (!kept || kept.length === 0) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  const names: string[] = [];
  const columns: string[] = [];
  let offset = 0; // code points
  for (const [i, sentence] of text.split('\n').entries()) {
    const line = kept[i]?.split('\n') ?? [];
    const words = sentence.split(' ');
    if (words.length !== line.length) return null;
    for (const [j, word] of words.entries()) {
      const end = offset + [...word].length;
      starts.push(offset);
      ends.push(end);
      names.push(word);
      columns.push(line[j] ?? '');
      offset = end + 1;
    }
  }
  return { text, starts, ends: Int32Array.from(ends), names, columns };
}
