/**
 * The charts' tooltip (what their arrow keys read, a live region) painted in the window's
 * theme: recharts' own is a white box whose label keeps the page's ink, white on white in
 * dark; each figure in the ink too (an orange series name on white was too faint to read).
 */
export const CHART_TOOLTIP = {
  contentStyle: {
    background: 'var(--lp-panel)',
    border: '1px solid var(--lp-line)',
    borderRadius: 6,
    color: 'var(--lp-ink)',
  },
  labelStyle: { color: 'var(--lp-ink)', fontWeight: 600 },
  itemStyle: { color: 'var(--lp-ink)' },
  cursor: { fill: 'var(--lp-line)', fillOpacity: 0.5 },
} as const;

/** A legend's series name in the page's ink (recharts writes it in the series' colour, an orange too faint on white); its swatch keeps the colour. */
export function legendText(value: unknown) {
  return <span style={{ color: 'var(--lp-ink)' }}>{String(value)}</span>;
}
