/**
 * A file cut at the lines its records start on: what comes before the first (a CSV header),
 * and each record's text as it was, up to the next record's first line (its line end and any
 * blank lines after it kept), so records written back unchanged give back the file's bytes.
 * `lines` are 1-based and ascending.
 * @example recordSlices('text,label\nA,x\n\nB,y', [2, 4]) → { head: 'text,label\n', slices: ['A,x\n\n', 'B,y'] }
 */
export function recordSlices(
  content: string,
  lines: readonly number[],
): { head: string; slices: string[] } {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (line: number | undefined) =>
    line === undefined ? content.length : (starts[line - 1] ?? content.length);
  return {
    head: content.slice(0, at(lines[0])),
    slices: lines.map((line, i) => content.slice(at(line), at(lines[i + 1]))),
  };
}
