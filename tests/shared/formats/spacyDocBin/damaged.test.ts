import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatErrors, readSpacyDocBin } from '../../../../src/shared/formats';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/spacy-docbin/small.spacy');

/** A read of damaged bytes gives documents or Loupe's own errors (file and reason), nothing else. */
function readsOrRefuses(binary: Uint8Array): void {
  try {
    readSpacyDocBin([{ path: 'damaged.spacy', content: '', binary }]);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatErrors);
  }
}

describe('readSpacyDocBin on damaged files', () => {
  const packed = unzlibSync(new Uint8Array(readFileSync(FIXTURE)));

  it('reads or refuses a DocBin whose msgpack bytes were changed, cut or grown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(packed.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(packed.length),
        (changes, cut) => {
          const damaged = packed.slice();
          for (const [at, byte] of changes) damaged[at] = byte;
          readsOrRefuses(zlibSync(damaged));
          readsOrRefuses(zlibSync(damaged.subarray(0, cut)));
        },
      ),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
