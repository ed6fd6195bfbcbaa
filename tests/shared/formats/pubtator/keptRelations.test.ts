import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFormat, readPubtator } from '../../../../src/shared/formats';
import type { WriteOptions, WriteResult } from '../../../../src/shared/formats';
import { file } from '../build';

/** BioRED's first development document: 12 relation lines between concept IDs (counted in the file). */
const BIORED = join(import.meta.dirname, '../../../fixtures/pubtator/BioRED_sample.PubTator');

describe('PubTator relation lines in other exports', () => {
  const read = readPubtator([file('BioRED_sample.PubTator', readFileSync(BIORED, 'utf8'))]);
  const lines = readFileSync(BIORED, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    // PMID, type, ID, ID: a relation; a mention has its offsets in the second column.
    .filter((columns) => columns.length >= 4 && !/^\d+$/.test(columns[1] ?? ''));

  function writeWith(id: string, options: WriteOptions): WriteResult {
    const { write } = getFormat(id);
    if (!write) throw new Error(`${id} does not export`);
    return write(read, options);
  }

  it('are counted as not written by every export but PubTator’s', () => {
    expect(lines).toHaveLength(12);
    for (const id of [
      'brat',
      'conll',
      'spans-jsonl',
      'doccano',
      'labelstudio',
      'mae',
      'webanno',
      'hf',
    ] as const) {
      const { summary } = writeWith(id, { overlaps: 'longest' });
      expect([id, summary.notExpressed['relation line kept from a PubTator file']]).toEqual([
        id,
        12,
      ]);
    }
    const own = writeWith('pubtator', {});
    expect(own.summary.notExpressed['relation line kept from a PubTator file']).toBeUndefined();
  });
});
