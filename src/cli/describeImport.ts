import {
  documentsBySource,
  importedDocumentCount,
  importedFormat,
  importedLayers,
  importTotals,
  matchedByText,
  sameTextNote,
  type ImportSummary,
} from '../shared/contract';
import { countOf } from '../shared/text';

/**
 * The summary of an import as lines for a person: documents added (each once, however many
 * layers it brings) and annotations added (document labels too, where the files held some) and
 * the layers they went into, then per kind (read,
 * imported, already there), what the schema and registry gained, new versions, documents
 * sharing a text, records without a name met by their text, and every skip and warning with
 * its reason.
 */
export function describeImport(s: ImportSummary): string[] {
  const met = s.documentCounts;
  const lines = [
    `Imported ${countOf(met.added + met.newVersions, 'document')} (${importedFormat(s)}): ${met.added} new, ${countOf(met.newVersions, 'new version')}, ${met.alreadyPresent} already in the project; ${importTotals(s)}${intoLayers(s)}.`,
  ];
  for (const k of s.kinds) {
    const skipped = k.read - k.imported - k.alreadyPresent;
    lines.push(
      `  ${k.kind}: ${k.read} read, ${k.imported} imported, ${k.alreadyPresent} already there${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    );
  }
  lines.push(...documentsBySource(s.documents).map((line) => `  ${line}`));
  for (const d of s.documents) {
    const note = sameTextNote(d);
    if (note) lines.push(`  ${d.name} ${note}`);
  }
  lines.push(...matchedByText(s.documents).map((line) => `  ${line}`));
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

/** ` into lena, bob`, or ` into 2 layers: lena, model gpt-x` where a document gets several. */
function intoLayers(s: ImportSummary): string {
  const layers = importedLayers(s);
  if (layers.names.length === 0) return '';
  const several = layers.count > importedDocumentCount(s);
  return ` into ${several ? `${countOf(layers.count, 'layer')}: ` : ''}${layers.names.join(', ')}`;
}
