/** A MAE file's TEXT element opening on CDATA, and its TAGS element. */
const TEXT_CDATA = /<TEXT>\s*<!\[CDATA\[/;
const TAGS = /<TAGS\s*\/?>/;

/**
 * Whether an XML file looks like MAE's: TEXT holding CDATA, then TAGS (for `--format auto`).
 * Looks at the text around TEXT only, so a large file costs one search.
 * @example isMaeFile('<T>\n<TEXT><![CDATA[a]]></TEXT>\n<TAGS>\n</TAGS>\n</T>') === true
 */
export function isMaeFile(content: string): boolean {
  const text = content.search(TEXT_CDATA);
  if (text < 0) return false;
  const end = content.lastIndexOf('</TEXT>');
  return end > text && TAGS.test(content.slice(end, end + 200));
}
