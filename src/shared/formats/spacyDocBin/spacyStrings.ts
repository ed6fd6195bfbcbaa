import { hashString } from './murmurHash64a';
import { SPACY_SYMBOLS } from './spacySymbols';

const SYMBOL_IDS: ReadonlyMap<string, number> = new Map(
  SPACY_SYMBOLS.map((name, id) => [name, id]),
);

/**
 * The id spaCy stores for a string (`StringStore.get_string_id`): 0 for the empty string,
 * a symbol's index for one of spaCy's symbols, else the string's 64-bit hash.
 * @example spacyStringId('ORG') === 383n && spacyStringId('Ada') === hashString('Ada')
 */
export function spacyStringId(text: string): bigint {
  if (text === '') return 0n;
  const symbol = SYMBOL_IDS.get(text);
  return symbol === undefined ? hashString(text) : BigInt(symbol);
}

/**
 * The strings a DocBin names, by id: what `StringStore[id]` answers once a DocBin's strings
 * were added (a symbol's id its name, a hash its string).
 * @example new SpacyStrings(['Ada']).get(hashString('Ada')) === 'Ada'
 */
export class SpacyStrings {
  private readonly byId = new Map<bigint, string>();

  constructor(strings: Iterable<string>) {
    for (const text of strings) this.byId.set(spacyStringId(text), text);
  }

  /** The string of `id`, or undefined when neither a symbol nor among the strings. */
  get(id: bigint): string | undefined {
    if (id < BigInt(SPACY_SYMBOLS.length)) return SPACY_SYMBOLS[Number(id)];
    return this.byId.get(id);
  }
}

/** Python's order of strings (by code point), the order spaCy writes a DocBin's strings in. */
export function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
