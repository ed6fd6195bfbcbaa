let numbers: Intl.NumberFormat | undefined;

// English counts by hand: a whole count's plural is "one" only for 1, and its digits group
// by threes. Building Intl's formatters loads locale data, which cost the first frame
// ~25 ms when it ran as this module loaded; they are built only for a count with a fraction.
function formatCount(count: number): string {
  if (Number.isSafeInteger(count)) return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  numbers ??= new Intl.NumberFormat('en');
  return numbers.format(count);
}

/**
 * A count with its noun in the right number, by English plural rules.
 * @example countOf(1, 'document') === '1 document'; countOf(2, 'entity', 'entities') === '2 entities'
 */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${formatCount(count)} ${Math.abs(count) === 1 ? one : other}`;
}
