/** Transliteration variants folded to one spelling (Arabic names in Latin script, mostly). */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/\babd[\s-]?(?:e|u|a|ou|oul)?l[\s-]*/g, 'abdal '],
  [/\b(?:al|el|ul)[\s-]+/g, 'al '],
  [/\bmohamm?e?d\b|\bmuhamm?a?d\b|\bmohamad\b/g, 'muhammad'],
  [/ou/g, 'u'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/q/g, 'k'],
  [/dh/g, 'd'],
  [/th/g, 't'],
];

/**
 * A name lowered, stripped of diacritics and punctuation, with common transliteration
 * variants folded. @example normalizeName('Adil Abdul-Mahdi') === 'adil abdal mahdi'
 */
export function normalizeName(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}

/**
 * A name's consonant skeleton per word (vowels after the first letter dropped, doubled
 * letters collapsed): spellings that differ only in vowels share it.
 * @example nameSkeleton('Adel Abdel Mahdi') === nameSkeleton('Adil Abdul-Mahdi')
 */
export function nameSkeleton(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter(Boolean)
    .map((word) => (word[0] ?? '') + word.slice(1).replace(/[aeiouy]/g, ''))
    .map((word) => word.replace(/(.)\1+/g, '$1'));
}
