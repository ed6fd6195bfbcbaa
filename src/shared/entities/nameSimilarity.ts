import { nameSkeleton, normalizeName } from './nameKey';

/** Jaro–Winkler similarity of two strings, 0..1. @example jaroWinkler('martha', 'marhta') ≈ 0.961 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function wordsMatch(a: string, b: string): boolean {
  return a === b || jaroWinkler(a, b) >= 0.88;
}

/**
 * How alike two names are, 0..1, tolerant of transliteration ("Adel Abdul-Mahdi" ≈
 * "Adil Abdel Mahdi"), word order and a missing first name ("Abdul-Mahdi").
 * @example nameSimilarity('Adel Abdul-Mahdi', 'Adil Abdul-Mahdi') === 1
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const sa = nameSkeleton(a);
  const sb = nameSkeleton(b);
  if (sa.join(' ') === sb.join(' ')) return 0.97;
  const [shorter, longer] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  const used = new Set<number>();
  let matched = 0;
  for (const word of shorter) {
    const at = longer.findIndex((other, i) => !used.has(i) && wordsMatch(word, other));
    if (at >= 0) {
      used.add(at);
      matched++;
    }
  }
  const containment = matched / shorter.length;
  const coverage = matched / longer.length;
  const wordScore =
    containment === 1 ? 0.75 + 0.2 * coverage : (0.6 * (containment + coverage)) / 2;
  return Math.max(wordScore, 0.9 * jaroWinkler(na, nb) - 0.05);
}
