import type { ErrorCollector } from '../common';
import type { WebannoUnit } from './body';
import { disambiguated, splitUnescaped, unescapeValue } from './escaping';
import type { WebannoLayer } from './header';
import type { SpanDraft, SpanLayers } from './readSpanLayers';

/** A relation as the rows give it: its layer, endpoints, row and feature values. */
export interface RelationDraft {
  readonly layer: string;
  readonly from: SpanDraft;
  readonly to: SpanDraft;
  readonly line: number;
  readonly values: ReadonlyMap<string, string | null>;
  /** The cells it was read from: unit id, 1-based file column, cell. */
  readonly cells: readonly [string, number, string][];
}

/**
 * Reads a relation layer's rows as INCEpTION does: a relation is written on its target's
 * row, its `BT_` column naming the source's unit (`1-3`), with `[source_target]`
 * disambiguation ids when either endpoint is stacked or spans several units (0: the one
 * annotation there); its features' `|`-stacked values go with the sources by index.
 * An endpoint that cannot be found is an error on the row.
 * @example readRelationLayer(layer, units, spans, 'a.tsv', errors)[0]?.values.get('DependencyType') === 'SUBJ'
 */
export function readRelationLayer(
  layer: WebannoLayer,
  units: readonly WebannoUnit[],
  spans: SpanLayers,
  file: string,
  errors: ErrorCollector,
): RelationDraft[] {
  const base = layer.base ?? '';
  const source = layer.columns.find((c) => c.kind === 'source');
  const features = layer.columns.filter((c) => c.kind === 'feature');
  if (!source) return [];
  const known = new Set(units.map((u) => u.id));
  const relations: RelationDraft[] = [];
  for (const unit of units) {
    const cell = unit.cells[source.index] ?? '_';
    const cells: [string, number, string][] = layer.columns
      .map((c): [string, number, string] => [unit.id, c.index + 4, unit.cells[c.index] ?? '_'])
      .filter(([, , value]) => value !== '_');
    if (cell === '_') {
      if (cells.length > 0)
        errors.add(
          file,
          unit.line,
          `relation layer ${layer.name} has a value here but no source in column ${source.index + 4}; fix the row (a relation names the unit it comes from)`,
        );
      continue;
    }
    const values = features.map((c) => splitUnescaped(unit.cells[c.index] ?? '_', '|'));
    for (const [stack, raw] of splitUnescaped(cell, '|').entries()) {
      const { value: from, suffix } = disambiguated(raw);
      const [fromNumber, toNumber] = suffix === null ? [0, 0] : suffix.split('_').map(Number);
      const where = `relation ${raw} of layer ${layer.name}`;
      if (!known.has(from) || fromNumber === undefined || toNumber === undefined) {
        errors.add(
          file,
          unit.line,
          `${where}: ${known.has(from) ? `[${suffix ?? ''}] is not [source_target] disambiguation ids` : `no row has the id ${from}`}; fix the source column`,
        );
        continue;
      }
      const fromSpan = resolve(spans, base, from, fromNumber);
      const toSpan = resolve(spans, base, unit.id, toNumber);
      if (!fromSpan || !toSpan) {
        errors.add(
          file,
          unit.line,
          `${where}: no ${base} annotation ${fromSpan ? `on this row (${unit.id})` : `on ${from}`}${toNumber > 0 || fromNumber > 0 ? ` with the disambiguation id given` : ''} for it to link; fix the source column or the ${base} column`,
        );
        continue;
      }
      const featureValues = new Map<string, string | null>();
      for (const [i, column] of features.entries()) {
        const v = disambiguated(values[i]?.[stack] ?? '*').value;
        featureValues.set(
          column.feature,
          v === '*' || v === '_' || v === '' ? null : unescapeValue(v),
        );
      }
      relations.push({
        layer: layer.name,
        from: fromSpan,
        to: toSpan,
        line: unit.line,
        values: featureValues,
        cells,
      });
    }
  }
  return relations;
}

/** The annotation a reference names: by its disambiguation id, else the first of its layer on the unit. */
function resolve(
  spans: SpanLayers,
  layer: string,
  unit: string,
  number: number,
): SpanDraft | undefined {
  if (number > 0) {
    const draft = spans.byNumber.get(number);
    return draft?.layer === layer ? draft : undefined;
  }
  return spans.byUnit.get(unit)?.get(layer)?.[0];
}
