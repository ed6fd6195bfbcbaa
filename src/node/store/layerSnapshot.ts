import {
  FORMAT_VERSION,
  keepProtoFields,
  layerSchema,
  type Layer,
  type Span,
} from '../../shared/model';
import { parseJsonText } from './jsonErrorLine';
import { stableLine, stableStringify } from './stableStringify';
import { StoreError } from './storeError';
import { checkStoredVersion, schemaError, storedRecord } from './storedJson';

/**
 * Version of layer snapshot files: 2 stores one item per line and leaves out what a span
 * can take from its layer (author = the layer's annotator, updatedAt = createdAt, one
 * fragment as start/end). Version 1 files (every field spelled out) are still read.
 */
export const LAYER_FILE_VERSION = 2;

/** Lists of a layer written one item per line (a one-span change is a one-line diff). */
const ITEM_LISTS = ['spans', 'relations', 'stances', 'events', 'equivalences'] as const;

/** A layer as its snapshot file holds it, and the last journal record folded into it. */
export interface LayerSnapshot {
  readonly layer: Layer;
  readonly journalSeq: number;
}

/** The text of a layer's snapshot file: pretty, stable key order, one span per line. */
export function encodeLayerSnapshot(layer: Layer, journalSeq: number): string {
  const head: Record<string, unknown> = { ...layer, formatVersion: LAYER_FILE_VERSION };
  for (const key of ITEM_LISTS) delete head[key];
  if (journalSeq > 0) head.journalSeq = journalSeq;
  const top = stableStringify(head).trimEnd();
  const lists: string[] = [];
  for (const key of ITEM_LISTS) {
    const items: readonly unknown[] | undefined = layer[key];
    if (items === undefined) continue;
    const lines =
      key === 'spans'
        ? layer.spans.map((span) => stableLine(storedSpan(span, layer.annotator)))
        : items.map((item) => stableLine(item));
    lists.push(
      lines.length === 0
        ? `  ${JSON.stringify(key)}: []`
        : `  ${JSON.stringify(key)}: [\n    ${lines.join(',\n    ')}\n  ]`,
    );
  }
  const body = top === '{}' ? '' : top.slice(2, -2);
  return `{\n${[body, ...lists].filter((part) => part !== '').join(',\n')}\n}\n`;
}

/** Reads a snapshot file's text (version 1 or 2); throws a StoreError naming file, line and reason. */
export function decodeLayerSnapshot(raw: string, file: string): LayerSnapshot {
  const record = storedRecord(parseJsonText(raw, file), file);
  checkStoredVersion(record.formatVersion, file, [FORMAT_VERSION, LAYER_FILE_VERSION]);
  const journalSeq = record.journalSeq ?? 0;
  if (typeof journalSeq !== 'number' || !Number.isSafeInteger(journalSeq) || journalSeq < 0)
    throw new StoreError(file, 'journalSeq must be a non-negative integer', 'invalid');
  const { journalSeq: _seq, ...rest } = record;
  const annotator = typeof record.annotator === 'string' ? record.annotator : '';
  const spans = Array.isArray(record.spans)
    ? record.spans.map((span: unknown) => expandSpan(span, annotator))
    : record.spans;
  const input = { ...rest, formatVersion: FORMAT_VERSION, spans };
  const parsed = layerSchema.safeParse(input);
  if (!parsed.success) throw schemaError(file, parsed.error);
  return { layer: keepProtoFields(input, parsed.data), journalSeq };
}

/** A span as a snapshot line holds it: what the layer implies is left out. */
export function storedSpan(span: Span, annotator: string): Record<string, unknown> {
  const { fragments, author, updatedAt, ...rest } = span;
  const [only] = fragments;
  // One fragment is stored as start/end only when that is all it holds (no field Loupe does not know).
  const where: Record<string, unknown> =
    fragments.length === 1 && only && Object.keys(only).length === 2
      ? { start: only.start, end: only.end }
      : { fragments };
  return {
    ...rest,
    ...where,
    ...(author === annotator ? {} : { author }),
    ...(updatedAt === span.createdAt ? {} : { updatedAt }),
  };
}

/** The span a stored line stands for (anything not shaped like one is left for the schema to name). */
export function expandSpan(stored: unknown, annotator: string): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const fields: Record<string, unknown> = { ...stored };
  const { start, end, ...rest } = fields;
  const span: Record<string, unknown> = { ...rest };
  if (span.fragments === undefined && start !== undefined) span.fragments = [{ start, end }];
  if (span.author === undefined) span.author = annotator;
  if (span.updatedAt === undefined) span.updatedAt = span.createdAt;
  return span;
}
