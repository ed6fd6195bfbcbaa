import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPackedObjects, gitObjectLimit } from '../../../src/node/store/boundedGitObject';
import { tempDir } from '../../helpers/tempProject';

const limit = gitObjectLimit.bytes;
afterEach(() => {
  gitObjectLimit.bytes = limit;
});

/** A git size: low bits first, 7 a byte, the high bit saying more follow. */
function varint(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
}

/** A pack entry header: type and size (4 bits in the first byte, then 7 a byte). */
function entryHeader(type: number, size: number): number[] {
  const first = (type << 4) | (size & 15);
  const rest = size >> 4;
  return rest > 0 ? [first | 0x80, ...varint(rest)] : [first];
}

/** A pack of a 3-byte blob and a delta on it that makes an object of `made` bytes, and its index. */
function packWithDelta(dir: string, made: number): { path: string; bytes: Buffer; oids: string[] } {
  const blob = Buffer.concat([Buffer.from(entryHeader(3, 3)), deflateSync('abc')]);
  const delta = Buffer.from([...varint(3), ...varint(made), 0x91, 0, 3]); // copy 3 bytes of the base
  const deltaEntry = Buffer.concat([
    Buffer.from([...entryHeader(6, delta.length), 12 + blob.length - 12]),
    deflateSync(delta),
  ]);
  const head = Buffer.from([...Buffer.from('PACK'), 0, 0, 0, 2, 0, 0, 0, 2]);
  const pack = Buffer.concat([head, blob, deltaEntry, Buffer.alloc(20)]);
  const oids = ['11'.repeat(20), '22'.repeat(20)];
  const fanout = Buffer.alloc(1024);
  for (let i = 0; i < 256; i++) fanout.writeUInt32BE(i >= 0x22 ? 2 : i >= 0x11 ? 1 : 0, i * 4);
  const offsets = Buffer.alloc(8);
  offsets.writeUInt32BE(12, 0);
  offsets.writeUInt32BE(12 + blob.length, 4);
  const idx = Buffer.concat([
    Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]),
    fanout,
    ...oids.map((oid) => Buffer.from(oid, 'hex')),
    Buffer.alloc(8), // CRCs
    offsets,
    Buffer.alloc(40),
  ]);
  const folder = join(dir, 'objects', 'pack');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'pack-abc.pack');
  writeFileSync(path, pack);
  writeFileSync(join(folder, 'pack-abc.idx'), idx);
  return { path, bytes: pack, oids };
}

describe('checkPackedObjects', () => {
  it('refuses a delta whose object is larger than Loupe reads, from the first bytes of its data', async () => {
    gitObjectLimit.bytes = 1000;
    const { path, bytes, oids } = packWithDelta(tempDir(), 5000);
    await expect(checkPackedObjects(path, bytes)).rejects.toThrow(
      new RegExp(`^git object ${oids[1]}: holds more than 1000 bytes`),
    );
  });

  it('lets a pack of small objects and deltas through', async () => {
    gitObjectLimit.bytes = 1000;
    const { path, bytes } = packWithDelta(tempDir(), 900);
    await expect(checkPackedObjects(path, bytes)).resolves.toBeUndefined();
  });
});
