import { useEffect, useRef } from 'react';
import { getOwn } from '../../../../../shared/collections';
import type { StanceMap } from '../../../../../shared/contract';
import { countOf } from '../../../ui/countOf';
import { useModel, useStore } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';

// Dark enough for the white counts on them (4.5:1 or more) in either theme.
const COLORS: Record<string, string> = { FAVOR: '#1f7a45', AGAINST: '#b83232', NONE: '#5f6b76' };
const OTHER = '#5050c8';

function cellColor(counts: Record<string, number>): string {
  const [top] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return top ? (getOwn(COLORS, top[0]) ?? OTHER) : 'transparent';
}

/** A cell's counts per polarity, e.g. "AGAINST 2 · FAVOR 1". */
function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([p, n]) => `${p} ${n}`)
    .join(' · ');
}

/**
 * Whose stances the map shows, and how many, said as it changes: "Stances recorded by lena
 * (you): 3 stances in 2 documents." A map of no stances says whose it is, and that a
 * teammate's can be chosen.
 */
function whoseSaid(map: StanceMap, me: string | null, others: boolean): string {
  if (map.annotator === null) return 'Choose an annotator to see their stances.';
  const who = map.annotator === me ? `${map.annotator} (you)` : map.annotator;
  const stances = map.cells.reduce((n, c) => n + c.items.length, 0);
  if (stances === 0)
    return `${who} has recorded no stances yet.${others ? ' Choose another annotator to see theirs.' : ''}`;
  const documents = new Set(map.cells.flatMap((c) => c.items.map((i) => i.documentId))).size;
  return `Stances recorded by ${who}: ${countOf(stances, 'stance')} in ${countOf(documents, 'document')}.`;
}

/** Holders × targets, each cell coloured by its dominant polarity with counts; click to see the evidence. */
export function StanceMapDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { stanceMap } = model;
  const { map, cell } = useStore(stanceMap);
  const { project, settings } = useStore(model.project);
  const me = settings?.annotator ?? null;
  const annotators = [...new Set([...(me ? [me] : []), ...(project?.annotators ?? [])])];
  const onClose = model.view.close;
  useEffect(() => {
    if (open) stanceMap.load();
  }, [open, stanceMap]);
  // Opened again, the map gives the keyboard back to the cell drilled into last, once.
  const drilled = useRef<HTMLButtonElement | null>(null);
  const returned = useRef(false);
  useEffect(() => {
    if (!open) returned.current = false;
    else if (!returned.current && drilled.current) {
      returned.current = true;
      drilled.current.focus();
    }
  }, [open, cell]);
  const find = (holder: string, target: string) =>
    map?.cells.find((c) => c.holder === holder && c.target === target);
  return (
    <Modal open={open} onClose={onClose} title="Stance map" size="full">
      <div className="lp-row">
        <label className="lp-field">
          Stances of
          <select
            className="lp-input"
            aria-label="Whose stances"
            value={map?.annotator ?? me ?? ''}
            onChange={(event) => stanceMap.load(event.target.value)}
          >
            {annotators.map((name) => (
              <option key={name} value={name}>
                {name === me ? `${name} (you)` : name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="lp-muted" role="status">
        {map ? whoseSaid(map, me, annotators.length > 1) : ''}
      </p>
      <p className="lp-sr-only" role="status">
        {cell
          ? `${cell.holder} toward ${cell.target}: ${countOf(cell.items.length, 'stance')}, shown below the map.`
          : ''}
      </p>
      {map && map.cells.length > 0 && (
        <>
          <div className="lp-legend-row">
            {map.polarities.map((p) => (
              <span key={p} className="lp-swatch">
                <i style={{ background: getOwn(COLORS, p) ?? OTHER }} />
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
                      const shown = cell?.holder === h && cell.target === t;
                      return (
                        <td key={t}>
                          {c && (
                            <button
                              type="button"
                              className="lp-cell"
                              ref={shown ? drilled : undefined}
                              aria-pressed={shown}
                              style={{ background: cellColor(c.counts) }}
                              onClick={() => {
                                returned.current = true;
                                stanceMap.drill(c);
                              }}
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
                    void model.moves.jumpToStance(item.documentId, item.stanceId);
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
