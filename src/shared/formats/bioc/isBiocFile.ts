/** A root `collection` element after the declaration, a DOCTYPE and comments. */
const COLLECTION =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<collection[\s>/]/;

/**
 * Whether an XML file's root element is BioC's `collection` (for `--format auto`). Reads the
 * file's first 64 KiB only.
 * @example isBiocFile("<?xml version='1.0'?>\n<!DOCTYPE collection SYSTEM 'BioC.dtd'>\n<collection><source>PubTator</source>") === true
 */
export function isBiocFile(content: string): boolean {
  return COLLECTION.test(content.slice(0, 1 << 16));
}
