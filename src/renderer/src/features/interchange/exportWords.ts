/**
 * The command line's options in an export's reasons and warnings, as the Export dialog names its
 * fields: "1 × span left out by --labels" in a terminal reads "1 × span left out (its label
 * not ticked under Labels to export)" in the dialog, where there is no option to pass.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/ by --labels\b/g, ' (its label not ticked under Labels to export)'],
  [/ \(--labels\)/g, ' (its label not ticked under Labels to export)'],
  [/\bwith --labels A,B\b/g, 'by unticking labels under Labels to export'],
  [
    /\bwith --overlaps longest or --overlaps first\b/g,
    'by choosing “keep the longest” or “keep the first” under Overlapping spans',
  ],
  [/--overlaps longest\b/g, 'Overlapping spans “keep the longest”'],
  [/--overlaps first\b/g, 'Overlapping spans “keep the first”'],
  [/\bexport without --only-done\b/g, 'untick only done'],
  [
    /\(--include-rejected exports them too\)/g,
    '(tick “Include rejected suggestions” to export them too)',
  ],
  [/--split\b/g, 'Split'],
  [/\bgive --allow-empty\b/g, 'tick “Write even if empty”'],
  [/\bchoose another layer \(--annotator NAME\)/g, 'choose another Layer'],
  [/ \(--allow-empty\)/g, ' (“Write even if empty” ticked)'],
];

/**
 * `reason` with the command line's export options named as the Export dialog's fields.
 * @example exportWords('--split parts must not all be zero') === 'Split parts must not all be zero'
 */
export function exportWords(reason: string): string {
  let said = reason;
  for (const [pattern, words] of RULES) said = said.replace(pattern, words);
  return said;
}
