import type { Token } from '../text';
import type { TokenSpan } from './bioTags';
import { NO_WORD_CLASSES, type WordClasses } from './wordClasses';

/** A word's shape: X for upper case, x for lower case, d for digits, other characters kept. @example wordShape('Pompeo-2') → 'Xxxxxx-d' */
export function wordShape(word: string): string {
  let out = '';
  for (const ch of word) {
    if (/\p{Lu}/u.test(ch)) out += 'X';
    else if (/\p{Ll}/u.test(ch)) out += 'x';
    else if (/\p{N}/u.test(ch)) out += 'd';
    else out += ch;
  }
  return out;
}

/** A shape with runs of one class collapsed. @example shortShape('Xxxxxx-d') → 'Xx-d' */
function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/gu, '$1');
}

function wordAt(tokens: readonly Token[], i: number): string {
  if (i < 0) return '<s>';
  if (i >= tokens.length) return '</s>';
  return (tokens[i]?.text ?? '').toLowerCase();
}

/** The gazetteer tag of every token of a sentence (B-/I- and the label), or '' outside. */
function gazetteerTags(length: number, matches: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(length).fill('');
  for (const m of matches) {
    for (let i = m.first; i <= m.last; i++) tags[i] = `${i === m.first ? 'B' : 'I'}-${m.label}`;
  }
  return tags;
}

/**
 * The features of every token of a sentence: word, lower case, shape, prefixes and suffixes
 * of 1–4 characters, the words and shapes two either side, word bigrams, title/upper/digit
 * flags, length, the sentence-initial shape, whether a capitalized word is seen in lower case
 * elsewhere (`lowerCased`: a sentence-initial `El` is, a name is not), the gazetteer match, and
 * the word classes (learned from the project's text) of the word and its neighbours.
 * @example sentenceFeatures(tokens('Mike said'), [])[0] includes 'w=Mike', 'shape=Xxxx', 'w+1=said'
 */
export function sentenceFeatures(
  tokens: readonly Token[],
  gazetteer: readonly TokenSpan[],
  lowerCased: { has(word: string): boolean } = new Set<string>(),
  classes: WordClasses = NO_WORD_CLASSES,
): string[][] {
  const gaz = gazetteerTags(tokens.length, gazetteer);
  const classOf = tokens.map((t) => classes.classesOf(t.text.toLowerCase()));
  return tokens.map((token, i) => {
    const word = token.text;
    const lower = word.toLowerCase();
    const shape = wordShape(word);
    const chars = [...lower];
    const f = ['bias', `w=${word}`, `lw=${lower}`, `shape=${shape}`, `ss=${shortShape(shape)}`];
    for (let n = 1; n <= 4 && n <= chars.length; n++) {
      f.push(`p${n}=${chars.slice(0, n).join('')}`, `s${n}=${chars.slice(-n).join('')}`);
    }
    for (const d of [-2, -1, 1, 2]) f.push(`w${d > 0 ? '+' : ''}${d}=${wordAt(tokens, i + d)}`);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    f.push(`ss-1=${prev ? shortShape(wordShape(prev.text)) : '<s>'}`);
    f.push(`ss+1=${next ? shortShape(wordShape(next.text)) : '</s>'}`);
    f.push(`w-1|w=${wordAt(tokens, i - 1)}|${lower}`, `w|w+1=${lower}|${wordAt(tokens, i + 1)}`);
    if (i === 0) f.push('first', `first|ss=${shortShape(shape)}`);
    if (word !== lower) f.push(`lc=${lowerCased.has(lower)}`);
    for (const d of [-2, -1, 1, 2]) {
      const t = tokens[i + d];
      f.push(`sh${d}=${t ? wordShape(t.text) : '-'}`);
    }
    f.push(`title=${/^\p{Lu}\p{Ll}/u.test(word)}`, `upper=${word === word.toUpperCase()}`);
    f.push(`digit=${/^\d+$/.test(word)}`, `len=${Math.min(chars.length, 8)}`);
    const g = gaz[i] ?? '';
    if (g) f.push(`g=${g}`, `g=${g.slice(2)}`, `g|ss=${g}|${shortShape(shape)}`);
    else f.push('g=none');
    const gp = gaz[i - 1];
    const gn = gaz[i + 1];
    if (gp) f.push(`g-1=${gp}`);
    if (gn) f.push(`g+1=${gn}`);
    for (const c of classOf[i] ?? []) f.push(`c=${c}`, `c|ss=${c}|${shortShape(shape)}`);
    for (const c of classOf[i - 1] ?? []) f.push(`c-1=${c}`);
    for (const c of classOf[i + 1] ?? []) f.push(`c+1=${c}`);
    return f;
  });
}
