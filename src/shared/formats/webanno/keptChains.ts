import { isRecord } from '../../collections';
import { ErrorCollector, type FormatDocument } from '../common';
import { parseWebannoHeader } from './header';
import { KEPT_WEBANNO } from './keptWebanno';

/** A kept chain cell: its row's extent in code points and the cell as written. */
type ChainCell = readonly [start: number, end: number, cell: string];

/** The chain layers a WebAnno import kept, to be written back on the export's rows. */
export interface KeptChains {
  /** The `#T_CH=` lines, as the file declared them. */
  readonly layers: readonly string[];
  /** Each chain column's kept cells, in the header's order (a layer's `referenceType` and `referenceRelation`). */
  readonly columns: readonly (readonly ChainCell[])[];
  /** Where the rows must be cut so each mention covers whole rows. */
  readonly edges: readonly number[];
  /** The kept cells of these columns, which the export writes back. */
  readonly count: number;
}

/**
 * The chain layers (`#T_CH=`, coreference) of a document a WebAnno TSV import kept, with
 * their cells and offsets, or null when it kept none. A chain cell names no row
 * (`*->127-2`: chain 127, link 2; `defNP[127]`: the chain), so it can go on whatever rows
 * cover its row's text.
 * @example keptChains(doc)?.layers → ['#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceRelation|referenceType']
 */
export function keptChains(doc: FormatDocument): KeptChains | null {
  const kept = doc.metadata?.[KEPT_WEBANNO];
  if (!isRecord(kept) || !Array.isArray(kept.layers) || !Array.isArray(kept.kept)) return null;
  const lines = kept.layers.filter((l): l is string => typeof l === 'string');
  const header = parseWebannoHeader(
    ['#FORMAT=WebAnno TSV 3.3', ...lines].map((text, i) => ({ line: i + 1, text })),
    '',
    new ErrorCollector(),
  );
  const chains = header?.layers.filter((l) => l.kind === 'chain') ?? [];
  if (chains.length === 0) return null;
  // A stored cell's column counts from 1 over the whole row: id, offsets and token first.
  const at = new Map<number, number>();
  for (const layer of chains) for (const c of layer.columns) at.set(c.index + 4, at.size);
  const columns: ChainCell[][] = Array.from({ length: at.size }, () => []);
  const edges = new Set<number>();
  let count = 0;
  for (const stored of kept.kept) {
    if (!Array.isArray(stored)) continue;
    const fields: readonly unknown[] = stored;
    const [, column, cell, start, end] = fields;
    const place = typeof column === 'number' ? at.get(column) : undefined;
    if (place === undefined || typeof cell !== 'string') continue;
    if (typeof start !== 'number' || typeof end !== 'number') continue;
    columns[place]?.push([start, end, cell]);
    edges.add(start).add(end);
    count++;
  }
  if (count === 0) return null;
  const names = new Set(chains.map((l) => l.name));
  return {
    layers: lines.filter(
      (l) => l.startsWith('#T_CH=') && names.has(l.slice(6).split('|')[0] ?? ''),
    ),
    columns,
    edges: [...edges].sort((a, b) => a - b),
    count,
  };
}

/**
 * Each row's cells of the kept chain columns: a row inside a kept cell's row gets that cell
 * (a row Loupe's tokens split gets it on each part, as INCEpTION writes a mention over several
 * rows). `unwritten` counts cells no row took whole, or that met another on the same row.
 */
export function chainCells(
  chains: KeptChains,
  rows: readonly { readonly start: number; readonly end: number }[],
): { cells: string[][]; unwritten: number } {
  const cells: string[][] = rows.map(() => []);
  let unwritten = 0;
  for (const column of chains.columns) {
    const taken = new Set<ChainCell>();
    const sorted = [...column].sort((a, b) => a[0] - b[0]);
    let from = 0;
    for (const [r, row] of rows.entries()) {
      while (from < sorted.length && (sorted[from]?.[1] ?? 0) <= row.start) from++;
      let value = '_';
      for (let c = from; c < sorted.length && (sorted[c]?.[0] ?? 0) < row.end; c++) {
        const kept = sorted[c];
        if (!kept || kept[0] > row.start || kept[1] < row.end || value !== '_') continue;
        value = kept[2];
        taken.add(kept);
      }
      cells[r]?.push(value);
    }
    unwritten += column.length - taken.size;
  }
  return { cells, unwritten };
}
