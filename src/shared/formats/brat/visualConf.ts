/**
 * brat's `visual.conf` giving each label Loupe's colour (labels without one are left to
 * brat's defaults).
 * @example visualConf({ ORG: { color: '#2e86de' } }) → '[labels]\n\n[drawing]\nORG\tbgColor:#2e86de\n'
 */
export function visualConf(styles: Readonly<Record<string, { readonly color: string }>>): string {
  const drawing = Object.entries(styles)
    .filter(([label]) => !/[\s|:,]/u.test(label) && label !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, style]) => `${label}\tbgColor:${style.color}`);
  return [
    '# Written by Loupe: its label colours.',
    '[labels]',
    '',
    '[drawing]',
    ...drawing,
    '',
  ].join('\n');
}
