/**
 * A figure for the tables: fixed digits, '—' where it does not apply, and never "-0.00" for a
 * value that rounds to zero.
 * @example formatFigure(-0.0001) === '0.00'
 */
export function formatFigure(value: number | null, digits = 2): string {
  if (value === null) return '—';
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
