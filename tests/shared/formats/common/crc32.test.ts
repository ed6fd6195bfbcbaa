import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../src/shared/formats/common/crc32';

describe('crc32', () => {
  it('gives the check value of CRC-32/ISO-HDLC and what zlib gives, at every length and offset', () => {
    // The catalogue's check value: CRC-32 of the ASCII digits 1 to 9.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 2654435761) >>> 24);
    for (let start = 0; start < 9; start++)
      for (let end = start; end <= bytes.length; end += 7) {
        const part = bytes.subarray(start, end);
        expect(crc32(part), `${start}..${end}`).toBe(zlibCrc32(part));
      }
  });
});
