import { getOwn } from '../../collections';

/** What the parts of an INCEpTION project export Loupe leaves out hold, by their folder or name. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  'source/': 'the documents as uploaded',
  'annotation_ser/': "INCEpTION's own binary CAS files (.ser)",
  'curation_ser/': "INCEpTION's own binary CAS files (.ser)",
  'log/': 'logs',
  'annotation/':
    'annotations in a format Loupe does not read from a project export; export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format',
  'curation/':
    'curated annotations in a format Loupe does not read from a project export; export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format',
  '.json': 'the project settings',
};

/**
 * The entries of an archive left out, grouped by their folder, with what INCEpTION keeps there.
 * @example leftOutSummary(['source/a.txt', 'source/b.txt']) === 'source/ (2: the documents as uploaded)'
 */
export function leftOutSummary(names: readonly string[]): string {
  const groups = new Map<string, number>();
  for (const name of names) {
    const slash = name.indexOf('/');
    const key = slash >= 0 ? name.slice(0, slash + 1) : name;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups]
    .map(([key, n]) => {
      const what = getOwn(LEFT_OUT, key) ?? (key.endsWith('.json') ? LEFT_OUT['.json'] : undefined);
      return key.endsWith('/') || what ? `${key} (${n}${what ? `: ${what}` : ''})` : key;
    })
    .join(', ');
}

/**
 * Why an archive without `.xmi` (or a project's `.tsv`) files is not read, with what it holds instead.
 * @example noXmi(['annotation/a.txt/admin.conll']) → 'holds no UIMA CAS XMI file … in another format (annotation/a.txt/admin.conll) …'
 */
export function noXmi(names: readonly string[]): string {
  const other = names.find((n) => /^annotation\/[^/]+\/[^/]+\.\w+$/.test(n));
  const hint = other
    ? `its annotations are in another format (${other}); export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format, or unzip it and import those files with their format`
    : 'export the document from INCEpTION as "UIMA CAS XMI", or the project with "UIMA CAS XMI" or "WebAnno TSV 3" as its format';
  return `holds no UIMA CAS XMI file (.xmi) nor a project's WebAnno TSV file (annotation/<document>/<user>.tsv) Loupe reads (${names.slice(0, 4).join(', ') || 'no files'}${names.length > 4 ? ', …' : ''}); ${hint}`;
}
