import { setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { createOffsetIndex, fragmentOf, utf16Units, type OffsetIndex } from '../../spans';
import { baseName, splitLines } from '../common';
import { emptyFormatDocument } from '../common/formatDocument';
import type {
  ErrorCollector,
  FormatDocument,
  FormatFile,
  FormatRelation,
  FormatSpan,
} from '../common';
import { readWebannoBody } from './body';
import { parseWebannoHeader, type WebannoColumn, type WebannoLayer } from './header';
import { KEPT_WEBANNO, type KeptCell } from './keptWebanno';
import { readRelationLayer } from './readRelationLayers';
import { readSpanLayers, type SpanDraft } from './readSpanLayers';
import { NAMED_ENTITY, shortName } from './webannoLayers';

/** Token layers whose feature is the token's own text (a lemma, a stem), not a label: kept, not read as spans. */
export const TOKEN_TEXT_LAYERS: ReadonlySet<string> = new Set([
  'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma',
  'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Stem',
  'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures',
]);

/**
 * One WebAnno TSV 3 file as one document: the text rebuilt from its sentences, span layers
 * as spans (label: the layer's first feature, else the layer's short name; its other
 * features as attributes, and `layer` naming any layer but named entities), relation
 * layers between them as relations (type likewise), UTF-16 offsets turned into code points.
 * What Loupe does not model is kept under `$webanno` and named in `warnings`. A file with
 * annotations of which none is read as a span is an error.
 * @example readWebannoDocument(file, errors, warnings)?.spans[0]?.label === 'PER'
 */
export function readWebannoDocument(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument | null {
  const before = errors.count;
  const lines = splitLines(file.content);
  const header = parseWebannoHeader(lines, file.path, errors);
  if (!header) return null;
  const body = readWebannoBody(lines, header, file.path, errors);
  if (errors.count > before) return null;
  const index = createOffsetIndex(body.text);
  const spanLayers = new Set(
    header.layers
      .filter((l) => l.kind === 'span' && !TOKEN_TEXT_LAYERS.has(l.name))
      .map((l) => l.name),
  );
  // A slot's roles column opens its host's annotation (a layer may have slots only); its cells are kept.
  const read = (c: WebannoColumn) =>
    spanLayers.has(c.layer) &&
    (c.kind === 'feature' || c.kind === 'placeholder' || c.kind === 'slotRole');
  const spans = readSpanLayers(body.units, header.columns.filter(read), file.path, errors);
  const relationLayers = header.layers.filter(
    (l) => l.kind === 'relation' && spanLayers.has(l.base ?? ''),
  );
  const relationDrafts = relationLayers.flatMap((l) =>
    readRelationLayer(l, body.units, spans, file.path, errors),
  );
  if (errors.count > before) return null;
  const kept: KeptCell[] = [];
  const units = new Map(body.units.map((u) => [u.id, u]));
  const notes: { line: number; what: string }[] = [];
  const note = (line: number, what: string) => notes.push({ line, what });
  const ids = new Map<SpanDraft, string>();
  const out: FormatSpan[] = [];
  for (const draft of spans.drafts) {
    const span = spanOf(draft, index, `T${out.length + 1}`, header.layers);
    if (span === null) {
      kept.push(...draft.cells);
      note(
        draft.line,
        `a zero-length ${shortName(draft.layer)} annotation at offset ${draft.begin} is kept with the document; a Loupe span covers at least one character`,
      );
      continue;
    }
    ids.set(draft, span.id ?? '');
    out.push(span);
  }
  const relations: FormatRelation[] = [];
  for (const draft of relationDrafts) {
    const from = ids.get(draft.from);
    const to = ids.get(draft.to);
    if (from === undefined || to === undefined) {
      kept.push(...draft.cells);
      note(
        draft.line,
        `a ${shortName(draft.layer)} relation to a zero-length annotation is kept with the document`,
      );
      continue;
    }
    const { label, attributes } = labelled(draft.layer, draft.values, header.layers);
    relations.push({ id: `R${relations.length + 1}`, type: label, from, to, ...attributes });
  }
  const filled = body.units.reduce((n, u) => n + u.cells.filter((c) => c !== '_').length, 0);
  for (const layer of header.layers) keepLayer(layer, spanLayers, body.units, kept, note);
  for (const { line, text } of body.ignored)
    note(
      line,
      `${JSON.stringify(text.slice(0, 60))} is neither #Text= nor #Sentence.id=; ignored, as INCEpTION ignores it`,
    );
  const [opening] = body.preamble;
  if (opening)
    note(
      opening.line,
      `${body.preamble.length} line${body.preamble.length === 1 ? '' : 's'} of # before the first sentence's text (${JSON.stringify(opening.text.slice(0, 40))}…) kept with the document; the WebAnno TSV export writes them back before the first #Text= line, where INCEpTION ignores them`,
    );
  if (out.length === 0 && filled > 0) {
    errors.add(
      file.path,
      undefined,
      `holds ${filled} annotation cells but no span Loupe can read (${notes[0] ? `line ${notes[0].line}: ${notes[0].what}` : 'no span layer'}); Loupe reads span layers (#T_SP=) with annotations over text, and relations between them: export the document from INCEpTION with the span layer you annotated`,
    );
    return null;
  }
  warnings.push(...notes.map((n) => `${file.path}:${n.line}: ${n.what}`));
  const at = (n: number | undefined) => index.toCodePoint(utf16Units(n ?? 0));
  const metadata: DocumentMetadata = {
    [KEPT_WEBANNO]: {
      version: header.version,
      ...fileEnds(file.content),
      layers: header.lines.slice(1),
      ...(body.preamble.length > 0 ? { preamble: body.preamble.map((l) => l.text) } : {}),
      sentenceIds: body.sentenceIds.map(([i, id]) => {
        const [begin, end] = body.sentences[i] ?? [0, 0];
        return [i, id, at(begin), at(end)];
      }),
      kept: dedupe(kept).map(([u, c, v]) => {
        const unit = units.get(u);
        return [u, c, v, at(unit?.begin), at(unit?.end)];
      }),
    },
  };
  return {
    ...emptyFormatDocument(baseName(file.path), body.text),
    spans: out,
    relations,
    metadata,
  };
}

/** A span draft as a Loupe span, or null for a zero-length one; an offset inside a character is cut to it. */
function spanOf(
  draft: SpanDraft,
  index: OffsetIndex,
  id: string,
  layers: readonly WebannoLayer[],
): FormatSpan | null {
  if (draft.end <= draft.begin) return null;
  const { label, attributes } = labelled(draft.layer, draft.values, layers);
  const start = index.toCodePoint(utf16Units(draft.begin));
  const end = index.toCodePoint(utf16Units(draft.end));
  return { id, label, fragments: [fragmentOf(start, end)], ...attributes };
}

/**
 * An annotation's label (its layer's first feature, else the layer's short name) and its
 * attributes: its other features with a value, and `layer` for any layer but named entities.
 */
export function labelled(
  layer: string,
  values: ReadonlyMap<string, string | null>,
  layers: readonly WebannoLayer[],
): { label: string; attributes: { attributes?: Record<string, string> } } {
  const features = (layers.find((l) => l.name === layer)?.columns ?? [])
    .filter((c) => c.kind === 'feature')
    .map((c) => c.feature);
  const [first, ...rest] = features;
  const value = first === undefined ? null : (values.get(first) ?? null);
  const attributes: Record<string, string> = {};
  for (const feature of rest) {
    const v = values.get(feature);
    if (v !== undefined && v !== null) setOwn(attributes, feature, v);
  }
  if (layer !== NAMED_ENTITY) attributes.layer = layer;
  return {
    label: value ?? shortName(layer),
    attributes: Object.keys(attributes).length > 0 ? { attributes } : {},
  };
}

/** Keeps the cells of a layer's columns Loupe does not read, and says what they were. */
function keepLayer(
  layer: WebannoLayer,
  spanLayers: ReadonlySet<string>,
  units: readonly { id: string; cells: readonly string[] }[],
  kept: KeptCell[],
  note: (line: number, what: string) => void,
): void {
  const read =
    (layer.kind === 'span' && spanLayers.has(layer.name)) ||
    (layer.kind === 'relation' && spanLayers.has(layer.base ?? ''));
  const columns = layer.columns.filter(
    (c) => !read || c.kind === 'slotRole' || c.kind === 'slotTarget',
  );
  let count = 0;
  for (const unit of units)
    for (const column of columns) {
      const cell = unit.cells[column.index] ?? '_';
      if (cell === '_') continue;
      kept.push([unit.id, column.index + 4, cell]);
      count++;
    }
  if (count === 0) return;
  const what =
    layer.kind === 'chain'
      ? `chain layer ${layer.name} (Loupe has no chains)`
      : layer.kind === 'relation'
        ? `relation layer ${layer.name}, between ${layer.base ?? '?'} annotations Loupe does not read as spans`
        : read
          ? `slot features of layer ${layer.name} (Loupe has no slots)`
          : `layer ${layer.name} (its values are the tokens' own text, not labels)`;
  note(
    layer.line,
    `${what}: ${count} cell${count === 1 ? '' : 's'} kept with the document, not shown as annotations`,
  );
}

/** Kept cells once each, in file order of first mention. */
function dedupe(cells: readonly KeptCell[]): KeptCell[] {
  const seen = new Set<string>();
  return cells.filter(([u, c]) => {
    const key = `${u}\t${c}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The file's CRLF line ends and a missing line break after its last line, kept to be written back so. */
function fileEnds(content: string): { lineEnd?: '\r\n'; openEnd?: true } {
  const feeds = content.split('\n').length - 1;
  const crlf = feeds > 0 && (content.split('\r\n').length - 1) * 2 > feeds;
  return {
    ...(crlf ? { lineEnd: '\r\n' } : {}),
    ...(content.trim() !== '' && !content.endsWith('\n') ? { openEnd: true } : {}),
  };
}
