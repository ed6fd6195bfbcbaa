/**
 * A CoNLL file with its last column pasted again as the prediction column, as
 * `paste -d' ' file <(awk '{print $NF}' file)` would make it: a gold-vs-gold file for
 * conlleval.pl. Blank lines stay blank; every other line is kept byte for byte.
 * @example pasteNerColumn('Mike B-PERSON\n\n') === 'Mike B-PERSON B-PERSON\n\n'
 */
export function pasteNerColumn(content: string): string {
  return content
    .split('\n')
    .map((line) => {
      const fields = line.trim().split(/\s+/u);
      return line.trim() === '' ? line : `${line} ${fields[fields.length - 1] ?? ''}`;
    })
    .join('\n');
}
