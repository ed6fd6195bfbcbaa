import { describe, expect, it } from 'vitest';
import { documentIdFor } from '../../../src/node/store';
import { windowsNameProblem } from '../../../src/shared/model';

describe('documentIdFor', () => {
  it('gives a file a teammate on Windows could not check out another id', () => {
    const ids = ['CON.txt', 'aux.txt', 'nul.report.txt', 'LPT1.txt', 'notes..txt'].map((name) =>
      documentIdFor(name, new Set()),
    );
    expect(ids).toEqual(['CON_', 'aux_', 'nul_.report', 'LPT1_', 'notes._']);
    for (const id of ids) expect(windowsNameProblem(`${id}.json`), id).toBeNull();
    expect(documentIdFor('console.txt', new Set())).toBe('console');
  });
});
