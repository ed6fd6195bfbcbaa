import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteWriter,
  littleEndianWords,
  releaseFiles,
  writeInt,
  writeIntView,
} from '../../../../src/shared/formats/common';

describe('ByteWriter', () => {
  it('writes any string as JSON exactly as JSON.stringify does (quotes, controls, astral, lone surrogates)', () => {
    const anyText = fc.string({
      unit: fc.oneof(
        fc.constant('"'),
        fc.constant('\\'),
        fc.constant('\u0000'),
        fc.constant('\ud800'),
        fc.constant('\udc00'),
        fc.constant('😀'),
        fc.constant('é'),
        fc.constant('\u2028'),
        fc.constant('\n'),
        fc.constant('a'),
      ),
    });
    fc.assert(
      fc.property(anyText, (s) => {
        const w = new ByteWriter();
        w.slice(s, 0, s.length, true);
        expect(w.toString()).toBe(JSON.stringify(s));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a well-formed string as UTF-8 unchanged, with ASCII syntax and integers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (s, n) => {
        const w = new ByteWriter();
        w.ascii('[');
        w.int(n);
        w.slice(s, 0, s.length);
        w.text(s);
        expect(w.toString()).toBe(`[${n}${s}${s}`);
      }),
    );
  });

  it('grows past its first buffer', () => {
    const w = new ByteWriter();
    const word = 'Baghdad’s ';
    for (let i = 0; i < 20_000; i++) w.slice(word, 0, word.length);
    expect(w.toString()).toBe(word.repeat(20_000));
  });

  it('writes integers at every digit count as String(n) does, through bytes and through a DataView', () => {
    const edges = [0, 9, 10, 99, 100, 999_999, 1_000_000, 1_000_262, 4_294_967_295];
    for (let digits = 1; digits <= 10; digits++) edges.push(10 ** (digits - 1), 10 ** digits - 1);
    for (let bits = 1; bits <= 32; bits++) edges.push(2 ** bits - 1, 2 ** bits, 2 ** bits + 1);
    const b = new Uint8Array(16);
    const view = new DataView(b.buffer);
    const decode = (end: number) => new TextDecoder().decode(b.subarray(3, end));
    for (const n of edges.filter((e) => e <= 0xffffffff)) {
      expect(decode(writeInt(b, 3, n))).toBe(String(n));
      expect(decode(writeIntView(view, 3, n))).toBe(String(n));
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        expect(decode(writeIntView(view, 3, n))).toBe(String(n));
      }),
    );
  });

  it('stores constant syntax as overlapping little-endian words', () => {
    // ',"id":' is 2c 22 69 64 22 3a: bytes 0-3 and 2-5.
    expect(littleEndianWords(',"id":')).toEqual([0x6469222c, 0x3a226469]);
    for (const ascii of [',"ws":true},{"text":"', '","start":', 'abcd', 'abcdefgh']) {
      const words = littleEndianWords(ascii);
      const b = new Uint8Array(ascii.length);
      const view = new DataView(b.buffer);
      words.forEach((w, i) =>
        view.setUint32(i === words.length - 1 ? ascii.length - 4 : 4 * i, w, true),
      );
      expect(new TextDecoder().decode(b)).toBe(ascii);
    }
    expect(() => littleEndianWords('abc')).toThrow(RangeError);
  });

  it("lends a released file's buffer to the next writer, and never one whose file is not released", () => {
    const write = (word: string) => {
      const w = new ByteWriter();
      w.reserve(1 << 20);
      for (let i = 0; i < 1000; i++) w.ascii(word);
      return w.toFile('spans.jsonl');
    };
    const kept = write('kept ');
    const first = write('first ');
    const buffer = first.bytes?.buffer;
    expect(first.content).toBe('first '.repeat(1000));
    releaseFiles([first]);
    expect(() => first.bytes).toThrow(/released/);
    expect(() => first.content).toThrow(/released/);
    releaseFiles([first]); // a second release gives nothing back twice
    const second = write('second ');
    const third = write('third ');
    expect(second.bytes?.buffer).toBe(buffer);
    expect(third.bytes?.buffer).not.toBe(buffer);
    expect(second.content).toBe('second '.repeat(1000));
    expect(third.content).toBe('third '.repeat(1000));
    expect(kept.content).toBe('kept '.repeat(1000));
  });
});
