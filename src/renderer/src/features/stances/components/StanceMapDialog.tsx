import { useEffect } from 'react';
import { getOwn } from '../../../../../shared/collections';
import { useModel, useStore } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';

const COLORS: Record<string, string> = { FAVOR: '#2e9e5b', AGAINST: '#d64545', NONE: '#9aa3ad' };

function cellColor(counts: Record<string, number>): string {
  const [top] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return top ? (getOwn(COLORS, top[0]) ?? '#6b6bd6') : 'transparent';
}

/** A cell's counts per polarity, e.g. "AGAINST 2 · FAVOR 1". */
function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([p, n]) => `${p} ${n}`)
    .join(' · ');
}

/** Holders × targets, each cell coloured by its dominant polarity with counts; click to see the evidence. */
export function StanceMapDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { stanceMap } = model;
  const { map, cell } = useStore(stanceMap);
  const onClose = model.view.close;
  useEffect(() => {
    if (open) stanceMap.load();
  }, [open, stanceMap]);
  const find = (holder: string, target: string) =>
    map?.cells.find((c) => c.holder === holder && c.target === target);
  return (
    <Modal open={open} onClose={onClose} title="Stance map" size="full">
      {map && map.cells.length === 0 && <p className="lp-muted">No stances recorded yet.</p>}
      {map && map.cells.length > 0 && (
        <>
          <div className="lp-legend-row">
            {map.polarities.map((p) => (
              <span key={p} className="lp-swatch">
                <i style={{ background: getOwn(COLORS, p) ?? '#6b6bd6' }} />
                {p}
              </span>
            ))}
          </div>
          <div className="lp-stancemap-wrap">
            <table className="lp-stancemap">
              <thead>
                <tr>
                  <th scope="col">Holder ↓ / Target →</th>
                  {map.targets.map((t) => (
                    <th key={t} scope="col">
                      {t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.holders.map((h) => (
                  <tr key={h}>
                    <th scope="row">{h}</th>
                    {map.targets.map((t) => {
                      const c = find(h, t);
                      return (
                        <td key={t}>
                          {c && (
                            <button
                              type="button"
                              className="lp-cell"
                              style={{ background: cellColor(c.counts) }}
                              onClick={() => stanceMap.drill(c)}
                              // The name replaces the text a screen reader would read: it says the counts too.
                              aria-label={`${h} toward ${t}: ${countsText(c.counts)}`}
                            >
                              {countsText(c.counts)}
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {cell && (
        <section className="lp-drill" aria-label="Evidence">
          <h3>
            {cell.holder} → {cell.target}
          </h3>
          <ul>
            {cell.items.map((item) => (
              <li key={item.stanceId}>
                <span className={`lp-tag lp-polarity--${item.polarity.toLowerCase()}`}>
                  {item.polarity}
                </span>{' '}
                <button
                  type="button"
                  className="lp-link"
                  dir="auto"
                  onClick={() => {
                    onClose();
                    void model.annotation.jumpToStance(item.documentId, item.stanceId);
                  }}
                >
                  “{item.evidence}”
                </button>{' '}
                <span className="lp-muted">{item.documentName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ModalActions closeLabel="Close" />
    </Modal>
  );
}
