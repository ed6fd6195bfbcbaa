/**
 * The command line's options in a reason, as the dialogs name their fields: a format refusal
 * reads "pass --format labelstudio or --format doccano" in a terminal and "choose labelstudio
 * or doccano under Format" in the Import dialog, where there is no option to pass.
 */
const RULES: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [
    /\bpass --format ([a-z-]+(?: or --format [a-z-]+)+)/g,
    (_, list = '') => `choose ${list.split(' or --format ').join(' or ')} under Format`,
  ],
  [/\bpass --format ([a-z-]+)/g, 'choose $1 under Format'],
  [/\bpass --format\b/g, 'choose its format under Format'],
  [
    /\btry --format auto, or --format ([a-z-]+) or ([a-z-]+)/g,
    'try Format auto (detect), $1 or $2',
  ],
  [/\bwith --format ([a-z-]+)/g, 'with Format $1'],
  [/--format ([a-z-]+)/g, 'Format $1'],
  [/\bpass another --tag-column\b/g, 'type another Tag column'],
  [/\bpass --tag-column (\d+)/g, 'type $1 as Tag column'],
  [/--tag-column (\d+)/g, 'Tag column $1'],
  [/\bpass --scheme ([a-z0-9]+)/g, (_, s = '') => `choose ${s.toUpperCase()} as Tag scheme`],
  [/\bas --scheme says\b/g, 'as Tag scheme says'],
  [/\bcheck --scheme\b/g, 'check Tag scheme'],
  [/--skip-invalid\b/g, 'Skip invalid files and records'],
  [/\bpass --text-field\b/g, 'import with loupe import --text-field'],
  [/--text-column NAME/g, 'the Text column field'],
  [/--label-column NAME/g, 'the Label column field'],
];

/** `reason` with the command line's options named as the dialogs' fields. @example inAppWords('pass --format txt') === 'choose txt under Format' */
export function inAppWords(reason: string): string {
  let said = reason;
  for (const [pattern, words] of RULES)
    said =
      typeof words === 'string'
        ? said.replace(pattern, words)
        : said.replace(pattern, (...m: unknown[]) => words(...m.map(String)));
  return said;
}
