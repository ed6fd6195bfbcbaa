const rules = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

/**
 * A count with its noun in the right number, by the language's plural rules.
 * @example countOf(1, 'document') === '1 document'; countOf(2, 'entity', 'entities') === '2 entities'
 */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${numbers.format(count)} ${rules.select(count) === 'one' ? one : other}`;
}
