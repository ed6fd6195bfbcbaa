import { getOwn } from '../../../../../shared/collections';
import type { Scores } from '../../../../../shared/agreement';
import { formatFigure } from '../formatFigure';

export interface LabelBarsProps {
  readonly byLabel: Readonly<Record<string, Scores>>;
  readonly colors: Readonly<Record<string, string>>;
  /** Unitizing alpha of span boundaries per label. */
  readonly unitizing: Readonly<Record<string, number | null>>;
}

function pct(value: number | null): string {
  return formatFigure(value, 2);
}

/** Per-label F1 as horizontal bars, with precision, recall, counts and boundary agreement beside each. */
export function LabelBars({ byLabel, colors, unitizing }: LabelBarsProps) {
  const rows = Object.entries(byLabel);
  if (rows.length === 0) return <p className="lp-muted">No spans to compare.</p>;
  return (
    <table className="lp-bars" aria-label="F1 per label">
      <thead>
        <tr>
          <th>Label</th>
          <th className="lp-bars__barhead">F1</th>
          <th>P</th>
          <th>R</th>
          <th title="true positives / false positives / false negatives">tp / fp / fn</th>
          <th title="Krippendorff's unitizing alpha of span boundaries, over the project">
            α<sub>U</sub>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, s]) => (
          <tr key={label} data-label={label}>
            <th scope="row">{label}</th>
            <td>
              <span className="lp-bars__cell">
                <span className="lp-bars__track">
                  <span
                    className="lp-bars__bar"
                    style={{
                      width: `${(s.f1 ?? 0) * 100}%`,
                      background: getOwn(colors, label) ?? '#888888',
                    }}
                  />
                </span>
                <span className="lp-bars__value">{pct(s.f1)}</span>
              </span>
            </td>
            <td>{pct(s.precision)}</td>
            <td>{pct(s.recall)}</td>
            <td className="lp-muted">
              {s.tp} / {s.fp} / {s.fn}
            </td>
            <td>{pct(getOwn(unitizing, label) ?? null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
