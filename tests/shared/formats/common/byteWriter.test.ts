import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../../src/shared/formats';

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
});
