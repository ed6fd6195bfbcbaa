import type { ImportedDocument, ImportSummary } from '../shared/contract/interchange';
import { countOf } from '../shared/text';

/**
 * The summary of an import as lines for a person: documents and annotations per kind (read,
 * imported, already there), what the schema and registry gained, new versions, documents
 * sharing a text, records without a name met by their text, and every skip and warning with
 * its reason.
 */
export function describeImport(s: ImportSummary): string[] {
  const count = (outcome: string) => s.documents.filter((d) => d.outcome === outcome).length;
  const layers = [...new Set(s.documents.map((d) => d.annotator).filter((a) => a !== ''))];
  const lines = [
    `Imported ${countOf(count('added') + count('new_version'), 'document')} (${s.format}): ${count('added')} new, ${countOf(count('new_version'), 'new version')}, ${count('attached')} already in the project; ${countOf(s.spans, 'span')}, ${countOf(s.relations, 'relation')}, ${countOf(s.stances, 'stance')}${layers.length > 0 ? ` into ${layers.join(', ')}` : ''}.`,
  ];
  for (const k of s.kinds) {
    const skipped = k.read - k.imported - k.alreadyPresent;
    lines.push(
      `  ${k.kind}: ${k.read} read, ${k.imported} imported, ${k.alreadyPresent} already there${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    );
  }
  for (const d of s.documents)
    if (d.sameTextAs)
      lines.push(`  ${d.name} has the same text as ${d.sameTextAs} (kept as its own document)`);
  lines.push(...matchedByText(s.documents));
  const added = s.schemaAdded;
  for (const [kind, names] of [
    ['labels', added.labels],
    ['polarities', added.polarities],
    ['topics', added.topics],
    ['relation types', added.relationTypes],
    ['entity types', added.entityTypes],
  ] as const) {
    if (names.length > 0) lines.push(`  added ${kind} to the schema: ${names.join(', ')}`);
  }
  for (const [name, values] of Object.entries(added.attributes))
    lines.push(
      `  added attribute ${name}${values.length ? ` values ${values.join(', ')}` : ''} to the schema`,
    );
  for (const [name, values] of Object.entries(added.documentLabels))
    lines.push(`  added document label ${name} values ${values.join(', ')} to the schema`);
  if (s.entitiesAdded.length > 0)
    lines.push(
      `  added ${s.entitiesAdded.length} entit${s.entitiesAdded.length === 1 ? 'y' : 'ies'}: ${s.entitiesAdded.slice(0, 10).join(', ')}${s.entitiesAdded.length > 10 ? ', …' : ''}`,
    );
  for (const v of s.newVersions) {
    lines.push(
      `  ${v.name} is a new version of ${v.previousId} (now ${v.documentId}): carried ${countOf(v.carriedSpans, 'span')}, ${countOf(v.carriedStances, 'stance')}; ${v.unplaced.length} could not be placed`,
    );
    for (const u of v.unplaced)
      lines.push(
        `    not placed: ${u.annotator} ${u.kind} ${u.id} ${u.label} ${JSON.stringify(u.text)}`,
      );
  }
  for (const p of s.skipped)
    lines.push(`  skipped ${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.reason}`);
  for (const w of s.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/**
 * One line per file of records without a name that met documents already in the project by
 * their text alone, named by the path it was read from: how many, and which record met which
 * document.
 * @example matchedByText([{ name: 'ann-1.txt', byText: 'bob-1', file: 'in/bob.jsonl', … }]) → ['  in/bob.jsonl: 1 record without a name matched by its text to a document already in the project: bob-1 → ann-1.txt']
 */
export function matchedByText(documents: readonly ImportedDocument[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const d of documents) {
    if (d.byText === undefined) continue;
    // The path it was read from; else its name, by file and place (`bob-3`: the third of bob.jsonl).
    const file = d.file ?? d.byText.replace(/-\d+$/, '');
    const pairs = byFile.get(file) ?? [];
    pairs.push(`${d.byText} → ${d.name}`);
    byFile.set(file, pairs);
  }
  return [...byFile].map(([file, pairs]) => {
    const one = pairs.length === 1;
    const listed =
      pairs.slice(0, MATCHES_LISTED).join(', ') + (pairs.length > MATCHES_LISTED ? ', …' : '');
    return `  ${file}: ${countOf(pairs.length, 'record')} without a name matched by ${one ? 'its' : 'their'} text to ${one ? 'a document' : 'documents'} already in the project: ${listed}`;
  });
}

/** Matches a file's line names before it ends in `…`. */
const MATCHES_LISTED = 5;
