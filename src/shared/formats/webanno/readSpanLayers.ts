import type { ErrorCollector } from '../common';
import type { WebannoUnit } from './body';
import { disambiguated, splitUnescaped, unescapeValue } from './escaping';
import type { WebannoColumn } from './header';

/** An annotation of a span layer as the rows give it: layer, UTF-16 extent, first row, feature values. */
export interface SpanDraft {
  readonly layer: string;
  readonly begin: number;
  end: number;
  readonly line: number;
  readonly values: Map<string, string | null>;
  /** The cells it was read from: unit id, 1-based file column, cell (kept when Loupe cannot hold it). */
  readonly cells: [string, number, string][];
}

/** The span annotations of a file, in the order they open, and how to find them again. */
export interface SpanLayers {
  readonly drafts: readonly SpanDraft[];
  /** By unit id and layer, the annotations on that unit in stacking order. */
  readonly byUnit: ReadonlyMap<string, ReadonlyMap<string, readonly SpanDraft[]>>;
  /** By disambiguation id (`PER[3]` → 3). */
  readonly byNumber: ReadonlyMap<number, SpanDraft>;
}

/**
 * Reads the span columns as INCEpTION does: on each row, a cell's `|`-stacked values are the
 * annotations on that unit by stacking index; a value with a disambiguation id `[n]` seen on
 * an earlier row continues that annotation to this row's end; `*` is a feature without value,
 * `_` no annotation. A value whose id names another annotation than its stacking index goes
 * to the one its id names (GUM writes `Skittles…[2]` alone where `substance[1]|object[2]` are
 * stacked, leaving out annotation 1's empty value; INCEpTION, which always writes `*[1]|…[2]`,
 * would give it to annotation 1).
 * @example readSpanLayers(units, columns, 'a.tsv', errors).drafts[0]?.values.get('value') === 'PER'
 */
export function readSpanLayers(
  units: readonly WebannoUnit[],
  columns: readonly WebannoColumn[],
  file: string,
  errors: ErrorCollector,
): SpanLayers {
  const drafts: SpanDraft[] = [];
  const byUnit = new Map<string, Map<string, SpanDraft[]>>();
  const byNumber = new Map<number, SpanDraft>();
  const numbers = new Map<SpanDraft, number>();
  for (const unit of units) {
    const layers = byUnit.get(unit.id) ?? new Map<string, SpanDraft[]>();
    byUnit.set(unit.id, layers);
    for (const column of columns) {
      const cell = unit.cells[column.index] ?? '_';
      if (cell === '_') continue;
      const list = layers.get(column.layer) ?? [];
      layers.set(column.layer, list);
      for (const [stack, raw] of splitUnescaped(cell, '|').entries()) {
        const { value, suffix } = disambiguated(raw);
        const number = suffix === null ? -1 : Number(suffix);
        if (suffix !== null && !/^\d+$/.test(suffix)) {
          errors.add(
            file,
            unit.line,
            `${JSON.stringify(raw)} in column ${column.index + 4} ends in [${suffix}], which is no disambiguation id (a number); escape a literal bracket as \\[ … \\]`,
          );
          continue;
        }
        const named = number >= 0 ? byNumber.get(number) : undefined;
        const stacked = list[stack];
        let draft: SpanDraft | undefined;
        if (named?.layer === column.layer) {
          // The annotation its id names, even where the cell leaves out values of no feature.
          if (!list.includes(named)) {
            named.end = unit.end;
            list.push(named);
          }
          draft = named;
        } else if (stacked && (number < 0 || (numbers.get(stacked) ?? number) === number))
          draft = stacked;
        if (!draft) {
          draft = {
            layer: column.layer,
            begin: unit.begin,
            end: unit.end,
            line: unit.line,
            values: new Map(),
            cells: [],
          };
          list.push(draft);
          drafts.push(draft);
        }
        if (number >= 0) {
          byNumber.set(number, draft);
          if (!numbers.has(draft)) numbers.set(draft, number);
        }
        draft.cells.push([unit.id, column.index + 4, cell]);
        if (column.kind === 'feature')
          draft.values.set(
            column.feature,
            value === '*' || value === '' ? null : unescapeValue(value),
          );
      }
    }
  }
  return { drafts, byUnit, byNumber };
}
