import {
  documentsBySource,
  importedDocumentsInWords,
  importedFormat,
  importTotals,
  matchedByText,
  recordWithoutName,
  sameTextNote,
  type ImportSummary,
} from '../../../../../shared/contract';
import { useModel, useStore } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { inAppWords } from '../inAppWords';

/** What an import brings: counts, documents, schema additions, new versions, skipped files. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const model = useModel();
  const documents = useStore(model.documents);
  // A document of the project as its list shows it: its title, then its file.
  const knownAs = (id: string): string => {
    const row = documents.find((d) => d.id === id);
    if (!row) return id;
    const title = row.title && row.title.length > 50 ? `${row.title.slice(0, 49)}…` : row.title;
    return title ? `“${title}” (${row.name})` : row.name;
  };
  const additions = schemaAdditions(summary.schemaAdded);
  const bySource = documentsBySource(summary.documents);
  return (
    <div aria-label="Import preview">
      <p>
        <strong>{importedFormat(summary)}</strong>: {importedDocumentsInWords(summary)},{' '}
        {importTotals(summary, { events: true })}
        {summary.alreadyPresent > 0 && (
          <span className="lp-muted"> · {summary.alreadyPresent} already there</span>
        )}
      </p>
      {summary.kinds.length > 0 && (
        <table className="lp-counts" aria-label="Import counts">
          {summary.skipped.length > 0 && (
            // Left out whole, a file or record is not read: the counts do not hold it.
            <caption className="lp-counts__note lp-muted">
              Not counted: {countOf(summary.skipped.length, 'file or record', 'files or records')}{' '}
              skipped as invalid, listed below.
            </caption>
          )}
          <thead>
            <tr>
              <th>kind</th>
              <th>read</th>
              <th>imported</th>
              <th>already there</th>
              <th>skipped</th>
            </tr>
          </thead>
          <tbody>
            {summary.kinds.map((k) => (
              <tr key={k.kind}>
                <td>{k.kind}</td>
                <td>{k.read}</td>
                <td>{k.imported}</td>
                <td>{k.alreadyPresent}</td>
                <td>{k.read - k.imported - k.alreadyPresent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {bySource.length > 0 && (
        <ul className="lp-sources lp-muted" aria-label="Files read">
          {bySource.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <ul className="lp-preview">
        {summary.documents.slice(0, 20).map((d, i) => (
          <li key={i}>
            <span dir="auto">{d.name}</span>{' '}
            <span className="lp-muted">
              →{' '}
              {d.outcome === 'added'
                ? 'new document'
                : d.outcome === 'attached'
                  ? `attaches to ${knownAs(d.documentId)}`
                  : `new version of ${knownAs(d.documentId)}`}{' '}
              · {d.annotator || 'text only'} · {countOf(d.spans, 'span')},{' '}
              {countOf(d.stances, 'stance')}
              {sameTextNote(d) && ` · ${sameTextNote(d)}`}
              {d.byText && ` · record ${recordWithoutName(d)} without a name, matched by its text`}
            </span>
          </li>
        ))}
        {summary.documents.length > 20 && (
          <li className="lp-muted">… and {summary.documents.length - 20} more</li>
        )}
      </ul>
      {matchedByText(summary.documents).map((line) => (
        <p key={line} className="lp-muted">
          {line}
        </p>
      ))}
      {additions.length > 0 && (
        <p className="lp-muted">Adds to the schema: {additions.join(', ')}</p>
      )}
      {summary.entitiesAdded.length > 0 && (
        <p className="lp-muted">Adds entities: {summary.entitiesAdded.join(', ')}</p>
      )}
      {summary.newVersions.map((v) => (
        <p key={v.documentId} className="lp-muted">
          {v.name}: new version; carries {v.carriedSpans} span(s) and {v.carriedStances} stance(s);{' '}
          {v.unplaced.length} cannot be placed
        </p>
      ))}
      {summary.skipped.map((s, i) => (
        <p key={i} className="lp-error">
          skipped {s.file}
          {s.line === undefined ? '' : `:${s.line}`}: {inAppWords(s.reason)}
        </p>
      ))}
      {summary.warnings.map((w, i) => (
        <p key={i} className="lp-muted">
          {inAppWords(w)}
        </p>
      ))}
    </div>
  );
}

/**
 * What an import adds to the schema, each kind by name: "label WEAPON", "entity type GENE",
 * "document label “category” (airport, flight)", "attribute “Negated”" (a name in quotes where
 * it could be read as a word of the sentence: a document label named "label").
 */
function schemaAdditions(added: ImportSummary['schemaAdded']): string[] {
  const valued = (kind: string, map: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(map).map(([name, values]) =>
      values.length > 0 ? `${kind} “${name}” (${values.join(', ')})` : `${kind} “${name}”`,
    );
  return [
    ...added.labels.map((l) => `label ${l}`),
    ...added.entityTypes.map((t) => `entity type ${t}`),
    ...added.polarities.map((p) => `polarity ${p}`),
    ...added.topics.map((t) => `topic ${t}`),
    ...added.relationTypes.map((r) => `relation ${r}`),
    ...valued('attribute', added.attributes),
    ...valued('document label', added.documentLabels),
  ];
}
