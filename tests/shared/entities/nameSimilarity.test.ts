import { describe, expect, it } from 'vitest';
import { jaroWinkler, nameSimilarity, normalizeName } from '../../../src/shared/entities';

const SPELLINGS = ['Adel Abdul-Mahdi', 'Adel Abdel Mahdi', 'Adel Abdul Mahdi', 'Adil Abdul-Mahdi'];
const OTHERS = [
  'Mike Pompeo',
  'Morgan Ortagus',
  'Qassem Soleimani',
  'Abu Mahdi al-Muhandis',
  'Donald Trump',
  'Iraq',
];

describe('nameSimilarity', () => {
  it('gives the published Jaro–Winkler answers (Winkler 1990: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813)', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });

  it('finds the four spellings of the Iraqi prime minister in each other, above every other name', () => {
    for (const a of SPELLINGS) {
      const same = Math.min(...SPELLINGS.filter((b) => b !== a).map((b) => nameSimilarity(a, b)));
      const other = Math.max(...OTHERS.map((b) => nameSimilarity(a, b)));
      expect(same, a).toBeGreaterThan(0.9);
      expect(other, a).toBeLessThan(0.7);
    }
  });

  it('matches a surname alone and ignores case, diacritics and punctuation', () => {
    expect(nameSimilarity('Abdul-Mahdi', 'Adel Abdul-Mahdi')).toBeGreaterThan(0.75);
    expect(nameSimilarity('SOLEIMANI', 'Qassem Soleimani')).toBeGreaterThan(0.75);
    expect(normalizeName('Qāsem Soleymānī')).toBe('kasem soleymani');
    expect(nameSimilarity('Qassem Soleimani', 'Qasem Soleymani')).toBeGreaterThan(0.85);
  });
});
