import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { getOwn } from '../../../../../shared/collections';
import type { AgreementReport } from '../../../../../shared/contract';
import { formatFigure } from '../formatFigure';
import { LABEL_AXIS } from './LabelTick';
import { CHART_TOOLTIP, legendText } from './chartTheme';

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1'];

/** A chart's figure as the tables write it ("0.56", never a float's every digit), for its tooltip and what the arrow keys read. */
function figureOf(value: unknown): string {
  return typeof value === 'number' ? formatFigure(value) : String(value);
}

/** F1 of a pair, whichever of the two is the reference. */
function pairF1(report: AgreementReport, a: string, b: string): number | null {
  const pair = report.pairs.find(
    (p) =>
      (p.annotators[0] === a && p.annotators[1] === b) ||
      (p.annotators[0] === b && p.annotators[1] === a),
  );
  return pair?.spans.overall.f1 ?? null;
}

/**
 * Every annotator at once: the pairwise F1 matrix, Fleiss' kappa and Krippendorff's alpha per
 * label (token by token), and how many spans each annotator gave each label.
 */
export function TeamAgreement({ report }: { readonly report: AgreementReport }) {
  const tokens = report.tokens;
  const names = report.annotators;
  const byLabel = Object.entries(tokens?.byLabel ?? {}).map(([label, f]) => ({
    label,
    kappa: f.fleissKappa ?? 0,
    alpha: f.krippendorffAlpha ?? 0,
  }));
  const spansOf = (n: string) => getOwn(tokens?.distribution ?? {}, n) ?? {};
  const labels = [...new Set(names.flatMap((n) => Object.keys(spansOf(n))))].sort();
  const distribution = labels.map((label) => ({
    label,
    ...Object.fromEntries(names.map((n) => [n, getOwn(spansOf(n), label) ?? 0])),
  }));
  return (
    <>
      <div className="lp-agree-panel">
        <h3 className="lp-panel-title">
          All {names.length} annotators · Fleiss' kappa {formatFigure(tokens?.fleissKappa ?? null)}{' '}
          · Krippendorff's alpha {formatFigure(tokens?.krippendorffAlpha ?? null)}
        </h3>
        <table className="lp-agree-matrix" aria-label="Pairwise span F1">
          <thead>
            <tr>
              <td />
              {names.map((n) => (
                <th key={n} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((a) => (
              <tr key={a}>
                <th scope="row">{a}</th>
                {names.map((b) => {
                  const f1 = a === b ? null : pairF1(report, a, b);
                  const shade =
                    f1 === null ? 'transparent' : `rgba(78, 121, 167, ${0.15 + 0.75 * f1})`;
                  return (
                    <td key={b} style={{ background: shade }}>
                      {a === b ? '—' : formatFigure(f1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lp-agree-panel" aria-label="Agreement per label, all annotators">
        <h3 className="lp-panel-title">Agreement per label (tokens, all annotators)</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={byLabel}
            title="Fleiss' kappa and Krippendorff's alpha per label: the arrow keys read each label's figures"
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" {...LABEL_AXIS} />
            <YAxis domain={[-0.2, 1]} />
            <Tooltip formatter={figureOf} {...CHART_TOOLTIP} />
            <Legend formatter={legendText} />
            <Bar dataKey="kappa" name="Fleiss κ" fill={PALETTE[0]} isAnimationActive={false} />
            <Bar
              dataKey="alpha"
              name="Krippendorff α"
              fill={PALETTE[1]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="lp-agree-panel" aria-label="Label distribution">
        <h3 className="lp-panel-title">Label distribution (spans per annotator)</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={distribution}
            title="Spans per label and annotator: the arrow keys read each label's counts"
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" {...LABEL_AXIS} />
            <YAxis allowDecimals={false} />
            <Tooltip {...CHART_TOOLTIP} />
            <Legend formatter={legendText} />
            {names.map((n, i) => (
              <Bar
                key={n}
                dataKey={n}
                fill={PALETTE[i % PALETTE.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
