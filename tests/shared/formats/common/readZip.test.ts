import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_ENTRIES, readZip } from '../../../../src/shared/formats/common';

/** A zip archive of text entries, deflated unless `level` is 0 (stored). */
function archive(entries: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of Object.entries(entries)) files[name] = [strToU8(text), { level }];
  return zipSync(files);
}

const all = () => true;

/** Bytes that do not compress (a linear congruential sequence). */
function noise(length: number): Uint8Array {
  let seed = 1;
  return Uint8Array.from(
    { length },
    () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24,
  );
}

/** Offset of the central directory's first entry (from the end-of-directory record). */
function directoryAt(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return view.getUint32(bytes.length - 22 + 16, true);
}

function reasonOf(content: ReturnType<typeof readZip>): string {
  return 'reason' in content ? content.reason : '(read)';
}

describe('readZip', () => {
  it('reads stored and deflated entries, and lists the ones not wanted without their bytes', () => {
    const bytes = archive({ 'a/b.xmi': '<x/>', 'c.txt': 'text', 'd/': '' });
    const content = readZip(bytes, (n) => n.endsWith('.xmi'));
    if ('reason' in content) throw new Error(content.reason);
    expect(
      content.entries.map((e) => [e.name, e.bytes && new TextDecoder().decode(e.bytes)]),
    ).toEqual([
      ['a/b.xmi', '<x/>'],
      ['c.txt', undefined],
    ]);
    const stored = readZip(archive({ 'a.xmi': 'é' }, 0), all);
    expect('entries' in stored && stored.entries[0]?.bytes).toEqual(strToU8('é'));
  });

  it('refuses two entries of one name, which unzipping would make one, naming both', () => {
    const bytes = archive({ 'doc/a.xmi': '<x/>', 'doc/b.xmi': '<y/>', 'c.txt': '' });
    // The second entry renamed to the first's name, in its local header and in the directory.
    const [from, to] = [strToU8('doc/b.xmi'), strToU8('doc/a.xmi')];
    for (let at = 0; at <= bytes.length - from.length; at++)
      if (from.every((byte, k) => bytes[at + k] === byte)) bytes.set(to, at);
    expect(reasonOf(readZip(bytes, all))).toBe(
      'holds two entries named "doc/a.xmi" (entries 1 and 2), of which unzipping keeps only one; make a new archive from the files you mean',
    );
    expect(reasonOf(readZip(bytes, () => false))).toMatch(/^holds two entries named "doc\/a\.xmi"/);
  });

  it('refuses a bomb: entries inflating past the budget, counted over all entries read', () => {
    const zeros = '\0'.repeat(100_000);
    const bytes = archive({ 'a.xmi': zeros, 'b.xmi': zeros });
    expect(bytes.length).toBeLessThan(2000); // a thousandfold compression
    expect(reasonOf(readZip(bytes, all, { left: 150_000 }))).toMatch(
      /inflates to more than .*with the entries before/,
    );
    expect(reasonOf(readZip(bytes, all, { left: 200_000 }))).toBe('(read)');
  });

  it('refuses from its directory alone, inflating nothing, entries that together declare more than the budget', () => {
    const bytes = archive({ 'a.xmi': 'x'.repeat(3000), 'b.xmi': 'y'.repeat(3000), 'c.txt': '' });
    // Deflated bytes no inflater takes: a read of either entry would fail as damaged.
    for (let at = 35; at < 45; at++) bytes[at] = 0xff;
    expect(reasonOf(readZip(bytes, (n) => n.endsWith('.xmi'), { left: 5000 }))).toBe(
      'inflates to more than 256 MiB with the entries before, more than Loupe reads from one archive: the entries it would read declare 6 KiB (a.xmi: 3 KiB, b.xmi: 3 KiB); unzip it and import the files in parts',
    );
    expect(reasonOf(readZip(bytes, (n) => n === 'a.xmi', { left: 5000 }))).toMatch(
      /damaged zip archive \(entry a\.xmi: it does not inflate/,
    );
  });

  it('refuses from its directory a declared size no deflated bytes can inflate to', () => {
    const bytes = archive({ 'a.xmi': 'x'.repeat(100) });
    new DataView(bytes.buffer).setUint32(directoryAt(bytes) + 24, 50 * 1024 * 1024, true);
    expect(reasonOf(readZip(bytes, all))).toMatch(
      /damaged zip archive \(entry a\.xmi declares 50 MiB from \d+ bytes, more than its deflated bytes can hold\)/,
    );
  });

  it('refuses an entry that inflates past the size it declares, never holding more', () => {
    const bytes = archive({ 'a.xmi': 'x'.repeat(5000) });
    const at = directoryAt(bytes);
    new DataView(bytes.buffer).setUint32(at + 24, 10, true); // declared size 10 of 5000
    expect(reasonOf(readZip(bytes, all))).toMatch(
      /damaged.*a\.xmi.*inflates past the size it declares/,
    );
    // Bytes that do not compress are deflated as stored blocks, copied whole: one lies too.
    const stored = zipSync({ 'b.xmi': [noise(5000), { level: 6 }] });
    new DataView(stored.buffer).setUint32(directoryAt(stored) + 24, 10, true);
    expect(reasonOf(readZip(stored, all))).toMatch(/b\.xmi.*inflates past the size it declares/);
    // An entry of more than 64 KiB deflated is inflated a step at a time, stopped as it runs past.
    const long = zipSync({ 'c.xmi': [noise(200_000), { level: 6 }] });
    new DataView(long.buffer).setUint32(directoryAt(long) + 24, 1000, true);
    expect(reasonOf(readZip(long, all))).toMatch(/c\.xmi.*inflates past the size it declares/);
  });

  it('refuses more entries than it lists', () => {
    const bytes = archive({ 'a.xmi': 'x' });
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 10, MAX_ZIP_ENTRIES + 1, true);
    expect(reasonOf(readZip(bytes, all))).toBe(
      `holds ${MAX_ZIP_ENTRIES + 1} entries, more than the ${MAX_ZIP_ENTRIES} Loupe reads from one archive; unzip it and import the files in parts`,
    );
  });

  it.each([
    ['../evil.xmi', /leads out of the archive/],
    ['a/../../evil.xmi', /leads out of the archive/],
    ['/etc/evil.xmi', /absolute path/],
    ['C:/evil.xmi', /absolute path/],
    ['a\0.xmi', /NUL/],
  ])('refuses an archive with an entry named %j', (name, reason) => {
    expect(reasonOf(readZip(archive({ [name]: 'x', 'fine.xmi': 'y' }), () => false))).toMatch(
      reason,
    );
  });

  it('refuses damaged archives: not a zip, cut short, a flipped byte (checksum), encrypted', () => {
    expect(reasonOf(readZip(strToU8('not a zip at all, just text'), all))).toMatch(
      /not a zip archive/,
    );
    const bytes = archive({ 'a.xmi': 'some text to compress '.repeat(50) });
    expect(reasonOf(readZip(bytes.subarray(0, bytes.length - 30), all))).toMatch(
      /damaged|not a zip/,
    );
    const flipped = bytes.slice();
    flipped[40] = (flipped[40] ?? 0) ^ 0xff; // inside the deflated data
    expect(reasonOf(readZip(flipped, all))).toMatch(/damaged zip archive \(entry a\.xmi/);
    const encrypted = bytes.slice();
    new DataView(encrypted.buffer).setUint16(directoryAt(bytes) + 8, 1, true);
    expect(reasonOf(readZip(encrypted, all))).toMatch(/encrypted entry \(a\.xmi\)/);
  });
});
