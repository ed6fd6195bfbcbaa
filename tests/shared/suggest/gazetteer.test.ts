import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../src/shared/suggest';
import { tokenize } from '../../../src/shared/text';

describe('Gazetteer', () => {
  it('matches the longest known form, case-folded, with its most frequent label', () => {
    const g = new Gazetteer();
    g.add(tokenize('New York'), 'LOC', 0);
    g.add(tokenize('New York Times'), 'ORG', 1);
    g.add(tokenize('new york'), 'ORG', 2);
    g.add(tokenize('New York'), 'LOC', 3);
    expect(g.match(tokenize('The New York Times in new york'))).toEqual([
      { label: 'ORG', first: 1, last: 3 },
      { label: 'LOC', first: 5, last: 6 },
    ]);
  });

  it('breaks a tie between labels alphabetically', () => {
    const g = new Gazetteer();
    g.add(tokenize('Jordan'), 'PER', 0);
    g.add(tokenize('Jordan'), 'LOC', 1);
    expect(g.match(tokenize('Jordan'))).toEqual([{ label: 'LOC', first: 0, last: 0 }]);
  });

  it('skips forms whose sources the caller may not see', () => {
    const g = new Gazetteer();
    g.add(tokenize('Pompeo'), 'PER', 4);
    expect(g.match(tokenize('Pompeo'), (sources) => !sources.has(4))).toEqual([]);
  });
});
