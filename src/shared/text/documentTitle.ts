const MAX_LENGTH = 90;
/** Lines that open scraped pages but are not headlines: bylines, loaders, datelines. */
const NOT_A_HEADLINE = /^(by\s|loading|date\s|this article is from|follow us|\(|\d)/i;

/**
 * A readable title for a document: its first line that reads like a headline (four words or
 * more, not a byline or page furniture), cut at a word near 90 characters; '' when none.
 * @example titleFromText('In Rudaw\n\nWashington rejects Baghdad’s request\n…') === 'Washington rejects Baghdad’s request'
 */
export function titleFromText(text: string): string {
  for (const raw of text.slice(0, 8000).split(/\r\n|\n|\r/)) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line.split(' ').length < 4 || NOT_A_HEADLINE.test(line)) continue;
    if (line.length <= MAX_LENGTH) return line;
    const cut = line.slice(0, MAX_LENGTH);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
  }
  return '';
}
