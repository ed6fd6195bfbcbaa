import type { NumberedLine } from './splitLines';

/** Share of the lines that must have the file's usual number of columns. */
const SAME_COLUMNS = 0.9;
/** Share of the lines whose tag must be `O`: most tokens are outside any entity. */
const OUTSIDE = 0.2;

/**
 * The first line with an entity tag when `lines` (non-blank) are tokens tagged in the IO
 * scheme, tags with no B-/I- prefix (Few-NERD's `London\tlocation-GPE`, `is\tO`), else
 * undefined. Told from a table of other things by its shape: nine lines in ten have the same
 * two or more columns, and at least one in five ends in `O`.
 * @example ioTaggedLine([{ line: 1, text: 'London\tlocation-GPE' }, { line: 2, text: 'is\tO' }])?.line === 1
 */
export function ioTaggedLine(lines: readonly NumberedLine[]): NumberedLine | undefined {
  const rows = lines
    .map((l) => ({ line: l, columns: l.text.trim().split(/[ \t]+/) }))
    .filter((r) => r.columns[0] !== '-DOCSTART-');
  if (rows.length < 2) return undefined;
  const widths = new Map<number, number>();
  for (const { columns } of rows) widths.set(columns.length, (widths.get(columns.length) ?? 0) + 1);
  const [width, count] = [...widths].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (width < 2 || count < rows.length * SAME_COLUMNS) return undefined;
  const outside = rows.filter((r) => r.columns.at(-1) === 'O').length;
  if (outside < rows.length * OUTSIDE) return undefined;
  return rows.find((r) => r.columns.length === width && r.columns.at(-1) !== 'O')?.line;
}
