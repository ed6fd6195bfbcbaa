import { useEffect } from 'react';
import { useModel, useStore } from '../../../model';
import '../suggest.css';

/** Per label, how many of the model's suggestions annotators accepted and rejected: is the model helping? */
export function SuggestionPrecisionPanel() {
  const model = useModel();
  const { precision } = useStore(model.modelSuggestions);
  useEffect(() => {
    model.modelSuggestions.loadPrecision().catch(model.notifications.report);
  }, [model]);
  const rows = Object.entries(precision?.byLabel ?? {});
  if (rows.length === 0) return null;
  return (
    <div className="lp-agree-panel lp-suggest-precision" data-testid="suggestion-precision">
      <h3 className="lp-panel-title">Suggestions of {precision?.as} · accepted / decided</h3>
      <table>
        <thead>
          <tr>
            <th>label</th>
            <th>precision</th>
            <th>accepted</th>
            <th>rejected</th>
            <th>open</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, r]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>{r.precision === null ? '—' : r.precision.toFixed(2)}</td>
              <td>{r.accepted}</td>
              <td>{r.rejected}</td>
              <td>{r.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
