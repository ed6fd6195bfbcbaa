import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormatErrors, readXmi } from '../../../../src/shared/formats';
import { readZip } from '../../../../src/shared/formats/common';

/** Entries of an archive: names of a few path segments, text or binary contents, stored or deflated. */
const entriesArbitrary = fc.uniqueArray(
  fc.record({
    name: fc
      .array(fc.stringMatching(/^[a-zA-Z0-9_. -]{1,8}$/), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.join('/'))
      .filter((n) => !n.split('/').some((p) => p === '..' || p.trim() === '' || p === '.')),
    bytes: fc.oneof(
      fc.string({ maxLength: 300 }).map((s) => strToU8(s)),
      fc.uint8Array({ maxLength: 300 }),
    ),
    level: fc.constantFrom<0 | 6>(0, 6),
  }),
  { maxLength: 5, selector: (e) => e.name },
);

function archive(entries: readonly { name: string; bytes: Uint8Array; level: 0 | 6 }[]) {
  const files: Zippable = {};
  for (const { name, bytes, level } of entries) files[name] = [bytes, { level }];
  return zipSync(files);
}

/** Ways an archive reaches Loupe damaged: bytes flipped, cut short, bytes inserted or dropped. */
const damageArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

function damaged(bytes: Uint8Array, damage: Damage): Uint8Array {
  const at = bytes.length === 0 ? 0 : damage.at % bytes.length;
  switch (damage.kind) {
    case 'flip': {
      const copy = bytes.slice();
      copy[at] = (copy[at] ?? 0) ^ damage.xor;
      return copy;
    }
    case 'cut':
      return bytes.slice(0, at);
    case 'insert':
      return Uint8Array.from([...bytes.slice(0, at), ...damage.bytes, ...bytes.slice(at)]);
    case 'drop':
      return Uint8Array.from([...bytes.slice(0, at), ...bytes.slice(at + damage.length)]);
  }
}

type Damage =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'drop'; at: number; length: number };

describe('readZip on archives as they come', () => {
  it('reads back every entry of an archive zipped by fflate, byte for byte', () => {
    fc.assert(
      fc.property(entriesArbitrary, (entries) => {
        const content = readZip(archive(entries), () => true);
        if ('reason' in content) throw new Error(content.reason);
        const read = new Map(content.entries.map((e) => [e.name, e.bytes]));
        for (const { name, bytes } of entries) expect(read.get(name)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a damaged archive, nor gives wrong bytes: it reads it whole, or says why not', () => {
    fc.assert(
      fc.property(entriesArbitrary, damageArbitrary, (entries, damage) => {
        const bytes = damaged(archive(entries), damage);
        const content = readZip(bytes, () => true);
        if ('reason' in content) return void expect(content.reason).toMatch(/\S/);
        // Read whole: what it gives under a name the archive had are that entry's bytes, never others.
        const original = new Map(entries.map((e) => [e.name, e.bytes]));
        for (const entry of content.entries)
          if (original.has(entry.name)) expect(entry.bytes).toEqual(original.get(entry.name));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws but FormatErrors on a damaged INCEpTION export', () => {
    // INCEpTION's own XMI file and type system (tests/fixtures/xmi/SOURCES.md), as its document export zips them
    const fixture = (name: string) =>
      readFileSync(join(import.meta.dirname, '../../../fixtures/xmi', name));
    const bytes = zipSync({
      'admin.xmi': fixture('relation_test.xmi'),
      'TypeSystem.xml': fixture('relation_test.TypeSystem.xml'),
    });
    fc.assert(
      fc.property(damageArbitrary, (damage) => {
        try {
          const bundle = readXmi([
            { path: 'report.zip', content: '', binary: damaged(bytes, damage) },
          ]);
          expect(bundle.documents.length).toBe(1);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatErrors);
        }
      }),
      { numRuns: 300 },
    );
  });
});
