import fc from 'fast-check';
import type { FormatFile } from '../../../src/shared/formats';

/** One way to damage a batch of input files, as disks, editors, scrapers and people do. */
export type MutationKind =
  | 'truncate'
  | 'flip-byte'
  | 'invalid-utf8'
  | 'huge-number'
  | 'duplicate-line'
  | 'delete-line'
  | 'swap-lines'
  | 'break-reference'
  | 'insert-text'
  | 'empty-file'
  | 'drop-file'
  | 'odd-path'
  | 'deep-nesting'
  | 'long-line';

/** A damage and where it lands; positions are taken modulo the file's size. */
export interface Mutation {
  readonly kind: MutationKind;
  readonly file: number;
  readonly at: number;
  readonly other: number;
  readonly text: string;
}

const KINDS: readonly MutationKind[] = [
  'truncate',
  'flip-byte',
  'invalid-utf8',
  'huge-number',
  'duplicate-line',
  'delete-line',
  'swap-lines',
  'break-reference',
  'insert-text',
  'empty-file',
  'drop-file',
  'odd-path',
  'deep-nesting',
  'long-line',
];
const HUGE_NUMBERS = [
  '99999999999999999999999',
  '1e400',
  '-1',
  '-0',
  '1.5',
  '9007199254740993',
  'NaN',
  'Infinity',
  '0x10',
  '1e-400',
];
const ODD_PATHS = [
  '../../evil.ann',
  'a/../../b.txt',
  '',
  '/etc/passwd',
  'C:\\Users\\x.json',
  'dir/',
  '.hidden',
  'x'.repeat(300),
  'نص.txt',
  'a\u0000b.txt',
];
const ODD_TEXT = [
  '\uFFFD',
  '\uD83D',
  '\uDE00',
  '\u0000',
  '\r',
  '\t',
  '"',
  '\\',
  '{',
  ']',
  ',',
  'null',
  '😀',
  '\u202E',
  'T1\tPERSON 0 4\tx',
];

/** Any one mutation. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  file: fc.nat(),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(
    fc.constantFrom(...ODD_TEXT),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  ),
});

function lines(content: string): string[] {
  return content.split('\n');
}

function flipByte(content: string, at: number, bit: number): string {
  const bytes = new TextEncoder().encode(content);
  if (bytes.length === 0) return '\uFFFD';
  const i = at % bytes.length;
  bytes[i] = (bytes[i] as number) ^ (1 << (bit % 8));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function changeContent(content: string, m: Mutation): string {
  const at = content.length === 0 ? 0 : m.at % (content.length + 1);
  const all = lines(content);
  const line = all.length === 0 ? 0 : m.at % all.length;
  switch (m.kind) {
    case 'truncate':
      return content.slice(0, at);
    case 'flip-byte':
      return flipByte(content, m.at, m.other);
    case 'invalid-utf8':
      return content.slice(0, at) + (m.other % 2 ? '\uD800' : '\uFFFD') + content.slice(at);
    case 'huge-number':
      return content.replace(/-?\d+/g, (digits, offset: number) =>
        offset >= at ? (HUGE_NUMBERS[m.other % HUGE_NUMBERS.length] as string) : digits,
      );
    case 'duplicate-line':
      return [...all.slice(0, line + 1), all[line] ?? '', ...all.slice(line + 1)].join('\n');
    case 'delete-line':
      return [...all.slice(0, line), ...all.slice(line + 1)].join('\n');
    case 'swap-lines': {
      const other = all.length === 0 ? 0 : m.other % all.length;
      const swapped = [...all];
      [swapped[line], swapped[other]] = [all[other] ?? '', all[line] ?? ''];
      return swapped.join('\n');
    }
    case 'break-reference':
      return content.replace(
        /\b([TREAN#]\d+|s_?\w+|e_\w+)\b/,
        m.other % 2 ? 'T999' : 'missing_ref',
      );
    case 'insert-text':
      return content.slice(0, at) + m.text + content.slice(at);
    case 'empty-file':
      return '';
    case 'deep-nesting':
      return content.slice(0, at) + '['.repeat(10_000 + (m.other % 5_000)) + content.slice(at);
    case 'long-line':
      return content.slice(0, at) + (m.text || 'x').repeat(50_000) + content.slice(at);
    default:
      return content;
  }
}

/** The batch with one mutation applied. */
export function mutate(files: readonly FormatFile[], m: Mutation): FormatFile[] {
  if (files.length === 0) return [];
  const index = m.file % files.length;
  if (m.kind === 'drop-file') return files.filter((_, i) => i !== index);
  return files.map((file, i) => {
    if (i !== index) return file;
    if (m.kind === 'odd-path')
      return { path: ODD_PATHS[m.other % ODD_PATHS.length] as string, content: file.content };
    return { path: file.path, content: changeContent(file.content, m) };
  });
}
