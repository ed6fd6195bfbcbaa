/**
 * Orders names as people and file browsers do: numbers by value (`doc-2` before `doc-10`),
 * letters by the English collation, the same on every machine (not the system's locale), so
 * records a file gave no name (`news-1` … `news-12`) list and export in the file's order.
 * @example ['doc-10', 'doc-2'].sort(compareNames) → ['doc-2', 'doc-10']
 */
export const compareNames = new Intl.Collator('en', { numeric: true }).compare;
