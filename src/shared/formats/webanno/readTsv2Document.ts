import type { DocumentMetadata } from '../../model';
import { fragmentOf } from '../../spans';
import { baseName, splitLines } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import type {
  ErrorCollector,
  FormatDocument,
  FormatFile,
  FormatRelation,
  FormatSpan,
  NumberedLine,
} from '../common';
import { KEPT_WEBANNO } from './keptWebanno';
import { labelled, TOKEN_TEXT_LAYERS } from './readWebannoDocument';
import { readTsv2Annotations, type Tsv2Draft, type Tsv2Row } from './readTsv2Rows';
import { addTsv2Layers, tsv3LayerLine, type Tsv2Layers } from './tsv2Header';
import { shortName } from './webannoLayers';

const ROW = /^\d+-\d+\t/;

/**
 * One WebAnno TSV 2 file (WebAnno 2's export) as one document, read as WebAnno's own TSV 2
 * reader reads it: the text is the tokens joined by spaces, a line break between sentences
 * (`#text=` lines are not read, as WebAnno does not; nor is the line break it adds after the last); span layers as spans (labelled as the
 * TSV 3 reader labels them), `AttachTo=` layers as relations from the governor's annotation
 * to the dependent's; token text layers (lemma, stem) kept under `$webanno`, as the TSV 3
 * import keeps them, with the header as TSV 3 declares its layers. A file with annotations
 * of which none is read as a span is an error.
 * @example readTsv2Document({ path: 'a.tsv', content: ' # …NamedEntity | value\n#id=1\n#text=Bob\n1-1\tBob\tB-PER\t\n' }, errors, warnings)?.spans[0]?.label === 'PER'
 */
export function readTsv2Document(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument | null {
  const before = errors.count;
  const header: Tsv2Layers = { layers: [], columns: [] };
  const rows: Tsv2Row[] = [];
  const ignored: NumberedLine[] = [];
  let text = '';
  let at = 0; // code points in `text`
  let inSentence = false;
  for (const { line, text: raw } of splitLines(file.content)) {
    const row = raw.trim();
    if (row === '') inSentence = false;
    else if (row.startsWith('#id=') || row.startsWith('#text=')) continue;
    else if (row.startsWith('#')) {
      if (rows.length > 0)
        errors.add(
          file.path,
          line,
          'a layer header after the first token row; WebAnno 2 writes its header first',
        );
      else addTsv2Layers(header, row, line, file.path, errors);
    } else if (!ROW.test(row)) ignored.push({ line, text: row });
    else {
      const cells = row.split('\t');
      const [id = '', token = ''] = cells;
      if (cells.length !== header.columns.length + 2) {
        errors.add(
          file.path,
          line,
          `has ${cells.length} columns; the header declares ${header.columns.length + 2} (token number, token, then one per feature and one per AttachTo=)`,
        );
        continue;
      }
      if (rows.length > 0) {
        text += inSentence ? ' ' : '\n';
        at++;
      }
      inSentence = true;
      const begin = at;
      text += token;
      at += [...token].length;
      rows.push({ id, begin, end: at, line, cells: cells.slice(2) });
    }
  }
  if (errors.count > before) return null;
  const read = header.layers.filter((l) => l.kind === 'span' && !TOKEN_TEXT_LAYERS.has(l.name));
  const readNames = new Set(read.map((l) => l.name));
  const relationLayers = header.layers.filter(
    (l) => l.kind === 'relation' && readNames.has(l.base ?? ''),
  );
  for (const layer of header.layers)
    if (layer.kind === 'relation' && !header.layers.some((l) => l.name === layer.base))
      errors.add(
        file.path,
        layer.line,
        `layer ${layer.name} is attached to ${layer.base ?? '?'}, which the header does not declare`,
      );
  const { drafts, opened } = readTsv2Annotations(
    rows,
    [...read, ...relationLayers],
    file.path,
    errors,
  );
  const spans: FormatSpan[] = [];
  const ids = new Map<Tsv2Draft, string>();
  for (const draft of drafts) {
    if (!readNames.has(draft.layer)) continue;
    const id = `T${spans.length + 1}`;
    ids.set(draft, id);
    const { label, attributes } = labelled(draft.layer, draft.values, header.layers);
    spans.push({ id, label, fragments: [fragmentOf(draft.begin, draft.end)], ...attributes });
  }
  const relations: FormatRelation[] = [];
  for (const draft of drafts) {
    const layer = relationLayers.find((l) => l.name === draft.layer);
    if (!layer) continue;
    const endpoint = (row: string) => {
      const first = opened.get(layer.base ?? '')?.get(row)?.[0];
      return first === undefined ? undefined : ids.get(first);
    };
    for (const governor of draft.governors) {
      const from = endpoint(governor);
      const to = endpoint(draft.row);
      if (from === undefined || to === undefined) {
        errors.add(
          file.path,
          draft.line,
          `a ${shortName(layer.name)} relation from ${governor} to ${draft.row}: no ${layer.base ?? ''} annotation begins on ${from === undefined ? governor : draft.row} for it to link`,
        );
        continue;
      }
      const { label, attributes } = labelled(draft.layer, draft.values, header.layers);
      relations.push({ id: `R${relations.length + 1}`, type: label, from, to, ...attributes });
    }
  }
  if (errors.count > before) return null;
  const kept = keptCells(rows, header, readNames);
  const filled = rows.reduce(
    (n, r) => n + r.cells.filter((c) => c !== '_' && c !== 'O' && !/^[BIO]-_$/.test(c)).length,
    0,
  );
  if (spans.length === 0 && filled > 0) {
    errors.add(
      file.path,
      undefined,
      `holds ${filled} annotation cells but no span Loupe can read (layers: ${header.layers.map((l) => shortName(l.name)).join(', ')}); Loupe reads span layers with annotations and relations between them`,
    );
    return null;
  }
  if (kept.length > 0)
    warnings.push(
      `${file.path}: ${kept.length} cell${kept.length === 1 ? '' : 's'} of token text layers (${header.layers
        .filter((l) => TOKEN_TEXT_LAYERS.has(l.name))
        .map((l) => shortName(l.name))
        .join(', ')}) kept with the document, not shown as annotations`,
    );
  for (const { line, text: row } of ignored)
    warnings.push(
      `${file.path}:${line}: ${JSON.stringify(row.slice(0, 60))} is no token row; ignored, as WebAnno 2 ignores it`,
    );
  const metadata: DocumentMetadata = {
    [KEPT_WEBANNO]: {
      version: '2',
      layers: header.layers.map(tsv3LayerLine),
      sentenceIds: [],
      kept,
    },
  };
  return { ...emptyFormatDocument(baseName(file.path), text), spans, relations, metadata };
}

/** The cells of layers Loupe does not read (token text layers, relations between them), as stored, with TSV 3's column numbers. */
function keptCells(
  rows: readonly Tsv2Row[],
  header: Tsv2Layers,
  read: ReadonlySet<string>,
): [string, number, string, number, number][] {
  const columns = header.columns.filter(
    (c) =>
      !read.has(c.layer) && !read.has(header.layers.find((l) => l.name === c.layer)?.base ?? ''),
  );
  const kept: [string, number, string, number, number][] = [];
  for (const row of rows)
    for (const column of columns) {
      const cell = row.cells[column.index] ?? '_';
      if (cell === '_' || cell === 'O') continue;
      kept.push([row.id, column.index + 4, cell, row.begin, row.end]);
    }
  return kept;
}
