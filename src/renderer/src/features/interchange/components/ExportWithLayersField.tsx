import { useId } from 'react';
import '../interchange.css';

/** How each format that writes several layers writes them, said under the boxes. */
const HOW: Readonly<Record<string, string>> = {
  doccano:
    'each annotation with its user; a record several hold is written once, as doccano 1.x writes a record of several users',
  labelstudio:
    'each annotation with its own completed_by beside the others in its task; a task several hold is written once, with its predictions',
  'spans-jsonl':
    "each layer's record of a task, as Prodigy exports several annotators' sessions, in the order they were read",
};

/** Which other layers a doccano, Label Studio or spans JSONL export writes with the chosen one: a box per layer, each annotation written with its user. */
export function ExportWithLayersField({
  format,
  layers,
  chosen,
  unavailable = {},
  onChange,
}: {
  /** The export's format (doccano, Label Studio or spans JSONL). */
  readonly format: string;
  /** The project's other layers. */
  readonly layers: readonly string[];
  readonly chosen: readonly string[];
  /** Layers shown but not to be ticked, each with why (`gold`: nothing adjudicated yet). */
  readonly unavailable?: Readonly<Record<string, string>>;
  onChange(next: readonly string[]): void;
}) {
  const [named, hint] = [useId(), useId()];
  const kept = new Set(chosen);
  const toggle = (layer: string, on: boolean): void =>
    onChange(layers.filter((l) => (l === layer ? on : kept.has(l))));
  // The legend names the group; how the layers are written is its description, heard on entering it.
  return (
    <fieldset className="lp-labelchoice" aria-labelledby={named} aria-describedby={hint}>
      <legend>
        <span id={named}>Layers written with it</span>{' '}
        <span id={hint}>({HOW[format] ?? HOW.doccano})</span>
      </legend>
      {layers.map((layer) => {
        const why = Object.hasOwn(unavailable, layer) ? unavailable[layer] : undefined;
        return (
          <label key={layer} className="lp-check">
            <input
              type="checkbox"
              aria-label={`Export with layer ${layer}${why ? ` (${why})` : ''}`}
              checked={!why && kept.has(layer)}
              disabled={why !== undefined}
              onChange={(event) => toggle(layer, event.target.checked)}
            />{' '}
            {layer}
            {why && <span className="lp-muted"> ({why})</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
