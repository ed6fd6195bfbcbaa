import fc from 'fast-check';

/** One way a file gets damaged: on disk, in transit, or by a hostile hand; `at` picks the place. */
export type Damage =
  | {
      readonly kind: 'truncate' | 'deleteByte' | 'duplicateLine' | 'deleteLine';
      readonly at: number;
    }
  | { readonly kind: 'flipBit'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insertByte'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly piece: string }
  | { readonly kind: 'swapColumns'; readonly at: number; readonly a: number; readonly b: number }
  | { readonly kind: 'number'; readonly at: number; readonly value: string }
  | { readonly kind: 'lineEnds'; readonly to: '\r' | '\r\n' }
  | { readonly kind: 'nest'; readonly at: number; readonly open: string; readonly depth: number }
  | {
      readonly kind: 'longLine';
      readonly at: number;
      readonly piece: string;
      readonly times: number;
    };

/** Pieces that break parsers: NUL, lone surrogates, a BOM mid-file, quotes, brackets, CDATA ends. */
const PIECES = [
  '\0',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\r',
  '\t',
  '\n\n',
  '"',
  '\\',
  '[',
  '{',
  '}',
  '<',
  ']]>',
  '&amp',
  '#',
  '|',
  '-',
  'T1\t',
  '\u2028',
  '😀',
];

/** Numbers no offset or id should be: overflowing, negative zero, past 2**53, not decimal. */
const NUMBERS = [
  '1e309',
  '-0',
  '9007199254740992',
  '9007199254740993',
  '-1',
  '1e21',
  'NaN',
  '0x1F',
  '1.5',
  '99999999999999999999999',
  '',
];

const at = fc.nat();

/** Small damage, with places drawn as naturals (taken modulo the file's length): cheap to read. */
export const smallDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constantFrom('truncate', 'deleteByte', 'duplicateLine', 'deleteLine'), at }),
  fc.record({ kind: fc.constant('flipBit'), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insertByte'), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert'), at, piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('swapColumns'), at, a: fc.nat(8), b: fc.nat(8) }),
  fc.record({ kind: fc.constant('number'), at, value: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('lineEnds'), to: fc.constantFrom('\r', '\r\n') }),
);

/** Large hostile damage: 100 000 openings (JSON arrays and objects, XML) and a line of a million characters. */
export const LARGE_DAMAGE: readonly Damage[] = [
  { kind: 'nest', at: 0, open: '[', depth: 100_000 },
  { kind: 'nest', at: 0x7fff_ffff, open: '{"a":', depth: 100_000 },
  { kind: 'nest', at: 0x3fff_ffff, open: '<a>', depth: 100_000 },
  { kind: 'longLine', at: 0x3fff_ffff, piece: 'x\t', times: 500_000 },
  { kind: 'longLine', at: 0x7fff_ffff, piece: '0 ', times: 500_000 },
];

/** Any damage, small or large (exploration runs). */
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: smallDamage, weight: 4 },
  { arbitrary: fc.constantFrom(...LARGE_DAMAGE), weight: 1 },
);

const encoder = new TextEncoder();
const decoder = new TextDecoder(); // as a lenient reader: bad bytes become U+FFFD

function onBytes(content: string, change: (bytes: Uint8Array) => Uint8Array): string {
  return decoder.decode(change(encoder.encode(content)));
}

function spliced(text: string, index: number, remove: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index + remove);
}

function onLines(
  content: string,
  index: number,
  change: (lines: string[], i: number) => void,
): string {
  const lines = content.split('\n');
  change(lines, index % lines.length);
  return lines.join('\n');
}

/** `content` with `d` done to it. */
export function damaged(content: string, d: Damage): string {
  const place = (length: number) => (length === 0 ? 0 : 'at' in d ? d.at % (length + 1) : 0);
  switch (d.kind) {
    case 'truncate':
      return onBytes(content, (b) => b.subarray(0, place(b.length)));
    case 'deleteByte':
      return onBytes(content, (b) => {
        const i = place(b.length - 1);
        return Uint8Array.from([...b.subarray(0, i), ...b.subarray(i + 1)]);
      });
    case 'flipBit':
      return onBytes(content, (b) => {
        const copy = Uint8Array.from(b);
        const i = place(b.length - 1);
        if (i < copy.length) copy[i] = (copy[i] ?? 0) ^ (1 << d.bit);
        return copy;
      });
    case 'insertByte':
      return onBytes(content, (b) => {
        const i = place(b.length);
        return Uint8Array.from([...b.subarray(0, i), d.byte, ...b.subarray(i)]);
      });
    case 'duplicateLine':
      return onLines(content, d.at, (lines, i) => lines.splice(i, 0, lines[i] ?? ''));
    case 'deleteLine':
      return onLines(content, d.at, (lines, i) => lines.splice(i, 1));
    case 'swapColumns':
      return onLines(content, d.at, (lines, i) => {
        const line = lines[i] ?? '';
        const separator = line.includes('\t') ? '\t' : line.includes(',') ? ',' : ' ';
        const cells = line.split(separator);
        const a = d.a % cells.length;
        const b = d.b % cells.length;
        [cells[a], cells[b]] = [cells[b] ?? '', cells[a] ?? ''];
        lines[i] = cells.join(separator);
      });
    case 'insert':
      return spliced(content, place(content.length), 0, d.piece);
    case 'number': {
      const numbers = [...content.matchAll(/\d+/g)];
      const found = numbers[d.at % Math.max(1, numbers.length)];
      if (!found) return content;
      return spliced(content, found.index, found[0].length, d.value);
    }
    case 'lineEnds':
      return content.replace(/\r?\n/g, d.to);
    case 'nest':
      return spliced(content, place(content.length), 0, d.open.repeat(d.depth));
    case 'longLine':
      return spliced(content, place(content.length), 0, d.piece.repeat(d.times));
  }
}
