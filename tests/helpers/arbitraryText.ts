import fc from 'fast-check';

/** Pieces that break naive offset code: emoji (astral, ZWJ, flags), combining marks, CRLF, RTL, BOM, lone surrogates. */
export const TRICKY_PIECES = [
  'a',
  'Z',
  ' ',
  '.',
  '\n',
  '\r\n',
  '\r',
  '\t',
  'é',
  'e\u0301',
  'n\u0303\u0308',
  '😀',
  '👩‍👩‍👧',
  '🇮🇶',
  '𝔘',
  '\u{1F3FD}',
  'بغداد',
  'عبد المهدي',
  '\u200f',
  '\u202e',
  '中文',
  '\ufeff',
  '\ud800',
  '\udfff',
];

/** Strings made of tricky pieces and ordinary characters. */
export function trickyText(maxPieces = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...TRICKY_PIECES),
        fc.string({ maxLength: 3 }),
        fc.string({ unit: 'grapheme', maxLength: 3 }),
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));
}
