import { describe, expect, it } from 'vitest';
import { writeSpansJsonl } from '../../../../src/shared/formats';
import { bundle, doc, span } from '../build';

/** Whether two byte arrays hold the same bytes (a deep equality of megabytes is slow). */
function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('writeSpansJsonl pieces', () => {
  it('makes a long document’s line in pieces of about a megabyte that join to its bytes, each left alone until the piece two after it is asked for', () => {
    const text = 'Word "quoted" é😀, '.repeat(30_000);
    const spans = [
      span(0, 4, 'A'),
      span(20, 24, 'B'),
      span(text.length - 100, text.length - 96, 'C'),
    ];
    const file = writeSpansJsonl(bundle(doc(text, { spans }), doc('short one', { name: 'b' })))
      .files[0];
    const pieces = file?.pieces?.();
    expect(pieces).toBeDefined();
    const copies: Uint8Array[] = [];
    const held: Uint8Array[] = [];
    for (const piece of pieces ?? []) {
      // The piece before the last one asked for still holds what it held when it came.
      const before = held.at(-1);
      if (before) expect(sameBytes(before, copies.at(-1))).toBe(true);
      held.push(piece);
      copies.push(piece.slice());
      expect(piece.length).toBeLessThan(1.5 * (1 << 20));
    }
    expect(copies.length).toBeGreaterThan(6);
    const joined = new Uint8Array(copies.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const copy of copies) {
      joined.set(copy, at);
      at += copy.length;
    }
    expect(sameBytes(joined, file?.bytes)).toBe(true);
    const lines = new TextDecoder().decode(joined).split('\n');
    expect(lines).toHaveLength(3);
    expect((JSON.parse(lines[0] ?? '') as { text: string }).text).toBe(text);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ text: 'short one', meta: { name: 'b' } });
  });

  it('makes a project of 100 short documents in a few pieces of about a megabyte, each line the bytes of its document written alone', () => {
    const words = ['Ada', 'met', 'Grace', 'in', '"London",', 'é', 'twice.'];
    const docs = Array.from({ length: 100 }, (_, d) => {
      const list = Array.from({ length: 100 }, (_, w) => words[(d + w) % words.length] ?? '');
      const text = list.join(' ');
      const spans = [];
      let at = 0;
      for (const word of list) {
        spans.push(span(at, at + word.length, d % 2 === 0 ? 'A' : 'B'));
        at += word.length + 1;
      }
      return doc(text, { name: `d${d}`, spans });
    });
    const file = writeSpansJsonl(bundle(...docs)).files[0];
    const copies: Uint8Array[] = [];
    const held: Uint8Array[] = [];
    for (const piece of file?.pieces?.() ?? []) {
      const before = held.at(-1);
      if (before) expect(sameBytes(before, copies.at(-1))).toBe(true);
      held.push(piece);
      copies.push(piece.slice());
    }
    const total = copies.reduce((n, c) => n + c.length, 0);
    expect(total).toBeGreaterThan(1 << 20);
    // Not five or more writes a document: every piece but the last is at least half a megabyte.
    expect(copies.length).toBeLessThanOrEqual(Math.ceil(total / (1 << 19)));
    for (const copy of copies.slice(0, -1)) expect(copy.length).toBeGreaterThanOrEqual(1 << 19);
    const joined = new Uint8Array(total);
    let at = 0;
    for (const copy of copies) {
      joined.set(copy, at);
      at += copy.length;
    }
    const alone = docs.map((d) => writeSpansJsonl(bundle(d)).files[0]?.content ?? '').join('');
    expect(new TextDecoder().decode(joined)).toBe(alone);
    expect(sameBytes(joined, file?.bytes)).toBe(true);
  });

  it('encodes a long text met for the first time straight into the pieces, across their edges, as the bytes kept for it later', () => {
    const text = 'x😀é "q"\\ \u2028,\n'.repeat(60_000);
    const first = writeSpansJsonl(bundle(doc(text, { spans: [span(0, 1, 'A')] }))).files[0];
    const pieces: Buffer[] = [];
    // Copied as each comes: its buffer is filled again two pieces later.
    for (const piece of first?.pieces?.() ?? []) pieces.push(Buffer.from(piece));
    expect(pieces.length).toBeGreaterThan(2);
    const line = Buffer.concat(pieces).toString('utf8');
    expect(line.startsWith(`{"text":${JSON.stringify(text)},"spans":`)).toBe(true);
    const again = writeSpansJsonl(bundle(doc(text, { spans: [span(0, 1, 'A')] }))).files[0];
    expect(again?.content).toBe(line);
  });

  it('cannot be written or read once released', () => {
    const file = writeSpansJsonl(bundle(doc('A b', { spans: [span(0, 1, 'X')] }))).files[0];
    file?.release?.();
    expect(() => file?.pieces?.()).toThrow(/released/);
    expect(() => file?.content).toThrow(/released/);
  });
});
