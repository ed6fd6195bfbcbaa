/** A title line (`PMID|t|…`) and an abstract line (`PMID|a|…`), capturing the PMID. */
const TITLE = /^([^|\t\r\n]+)\|t\|/;
const ABSTRACT = /^([^|\t\r\n]+)\|a\|/;

/**
 * Whether a file's first non-blank line is a PubTator title (`PMID|t|…`) followed by that
 * document's abstract line (`PMID|a|…`), for `--format auto` (a `.txt` of prose stays text).
 * Reads only the first two non-blank lines.
 * @example isPubtatorFile('227508|t|Naloxone reverses…\n227508|a|In unanesthetized…\n') === true
 */
export function isPubtatorFile(content: string): boolean {
  const lines = firstLines(content, 2);
  const title = TITLE.exec(lines[0] ?? '');
  const abstract = ABSTRACT.exec(lines[1] ?? '');
  return title !== null && abstract !== null && title[1] === abstract[1];
}

function firstLines(content: string, count: number): string[] {
  const found: string[] = [];
  let at = content.startsWith('\uFEFF') ? 1 : 0;
  while (found.length < count && at < content.length) {
    const end = content.indexOf('\n', at);
    const line = content.slice(at, end < 0 ? content.length : end);
    if (line.trim() !== '') found.push(line);
    if (end < 0) break;
    at = end + 1;
  }
  return found;
}
