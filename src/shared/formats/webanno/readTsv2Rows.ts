import type { ErrorCollector } from '../common';
import type { WebannoLayer } from './header';

/** A token row of a TSV 2 file: its id (`1-2`), token, code point offsets in the rebuilt text, line and annotation cells. */
export interface Tsv2Row {
  readonly id: string;
  readonly begin: number;
  readonly end: number;
  readonly line: number;
  readonly cells: readonly string[];
}

/** An annotation as the rows give it: layer, extent, first row, feature values, and a relation's governor row ids. */
export interface Tsv2Draft {
  readonly layer: string;
  readonly begin: number;
  end: number;
  readonly line: number;
  /** The row it opens on. */
  readonly row: string;
  readonly values: Map<string, string | null>;
  readonly governors: string[];
}

/** Where a B-/I- annotation stands at one stacking place: opened on this row, continued, or ended with its row. */
type Place = { draft: Tsv2Draft; state: 'B' | 'I' | 'E' };

/** The annotations of a file in the order they open, and by layer and row those each row opened. */
export interface Tsv2Annotations {
  readonly drafts: readonly Tsv2Draft[];
  readonly opened: ReadonlyMap<string, ReadonlyMap<string, readonly Tsv2Draft[]>>;
}

/**
 * Reads every layer's feature columns as WebAnno 2's reader does. A cell's `|`-separated
 * values are the annotations on the token by stacking place; `B-X` opens an annotation at its
 * place, `I-X` continues the one open there to this token, a value without prefix is an
 * annotation of this token alone; the features of one layer on one row at one place are one
 * annotation. `_`, `O` and `O-…` are no annotation (and close what was open on the layer),
 * `B-_`/`I-_`/`O-_` hold a place; a value beginning with the layer's name is a feature
 * without value. A relation layer's annotations take, in order, the governor ids of its
 * last column. Problems go to `errors` by line.
 * @example readTsv2Annotations(rows, layers, 'a.tsv', errors).drafts[0]?.values.get('value') === 'PER'
 */
export function readTsv2Annotations(
  rows: readonly Tsv2Row[],
  layers: readonly WebannoLayer[],
  file: string,
  errors: ErrorCollector,
): Tsv2Annotations {
  const drafts: Tsv2Draft[] = [];
  const opened = new Map<string, Map<string, Tsv2Draft[]>>();
  const open = new Map<string, Map<number, Place>>();
  for (const row of rows) {
    for (const layer of layers) {
      const places = open.get(layer.name) ?? new Map<number, Place>();
      open.set(layer.name, places);
      const byRow = opened.get(layer.name) ?? new Map<string, Tsv2Draft[]>();
      opened.set(layer.name, byRow);
      const single = new Map<number, Tsv2Draft>();
      const features = layer.columns.filter((c) => c.kind === 'feature');
      const source = layer.columns.find((c) => c.kind === 'source');
      const governors = source ? (row.cells[source.index] ?? '_').split('|') : [];
      let taken = 0;
      const create = (): Tsv2Draft => {
        const draft: Tsv2Draft = {
          layer: layer.name,
          begin: row.begin,
          end: row.end,
          line: row.line,
          row: row.id,
          values: new Map(),
          governors: [],
        };
        drafts.push(draft);
        byRow.set(row.id, [...(byRow.get(row.id) ?? []), draft]);
        if (source) {
          const governor = governors[taken++];
          if (governor === undefined || !/^\d+-\d+$/.test(governor))
            errors.add(
              file,
              row.line,
              `a ${layer.name} relation here has no governor: column ${source.index + 3} holds ${JSON.stringify(row.cells[source.index] ?? '')}, which should name one token (\`1-3\`) per relation, separated by |`,
            );
          else draft.governors.push(governor);
        }
        return draft;
      };
      for (const feature of features) {
        const cell = row.cells[feature.index] ?? '_';
        const set = (draft: Tsv2Draft, value: string) =>
          draft.values.set(feature.feature, value.startsWith(layer.name) ? null : value);
        let place = 1;
        for (const value of cell.split('|')) {
          if (value === 'B-_' || value === 'I-_' || value === 'O-_') {
            place++;
          } else if (value.startsWith('B-')) {
            const here = places.get(place);
            const draft = here?.state === 'B' ? here.draft : create();
            set(draft, value.slice(2));
            places.set(place, { draft, state: 'B' });
            place++;
          } else if (value.startsWith('I-')) {
            const here = places.get(place);
            if (!here) {
              errors.add(
                file,
                row.line,
                `${JSON.stringify(value)} in column ${feature.index + 3} continues an annotation, but none of layer ${layer.name} is open at its place (${place}) on the rows before; begin it with B-`,
              );
            } else {
              here.state = 'I';
              here.draft.end = row.end;
            }
            place++;
          } else if (value === '_' || value === 'O' || value.startsWith('O-')) {
            places.clear(); // as WebAnno 2's reader: no annotation here ends the layer's open ones
            place++;
          } else {
            const draft = single.get(place) ?? create();
            single.set(place, draft);
            set(draft, value);
            place++;
          }
        }
      }
      for (const here of places.values()) if (here.state === 'B') here.state = 'E';
    }
  }
  return { drafts, opened };
}
