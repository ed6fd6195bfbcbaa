import type { LabelConfusion } from '../../../../../shared/agreement';
import { heatCellColors } from '../heatCellColors';

export interface ConfusionHeatmapProps {
  readonly confusion: LabelConfusion;
  readonly annotators: readonly [string, string];
}

/** The label confusion matrix as a heatmap: A's labels down, B's across, darker for more pairs. */
export function ConfusionHeatmap({ confusion, annotators }: ConfusionHeatmapProps) {
  const max = Math.max(1, ...confusion.counts.flat());
  if (confusion.labels.length <= 1) return <p className="lp-muted">No spans to compare.</p>;
  return (
    <table className="lp-heatmap" aria-label="Label confusion">
      <thead>
        <tr>
          <th className="lp-heatmap__corner">
            {annotators[0]} ↓ · {annotators[1]} →
          </th>
          {confusion.labels.map((label) => (
            <th key={label} scope="col" className="lp-heatmap__col">
              <span>{label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {confusion.labels.map((row, r) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {confusion.labels.map((column, c) => {
              const count = confusion.counts[r]?.[c] ?? 0;
              const share = count / max;
              const diagonal = r === c;
              return (
                <td
                  key={column}
                  className={`lp-heatmap__cell${diagonal ? ' is-diagonal' : ''}`}
                  style={count === 0 ? undefined : heatCellColors(share, diagonal)}
                  title={`${annotators[0]} ${row} · ${annotators[1]} ${column}: ${count}`}
                >
                  {count || ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
