import { useEffect, useState } from 'react';
import { matchModeSchema } from '../../../../../shared/agreement';
import type { AgreementReport } from '../../../../../shared/contract';
import type { LabelStyles } from '../../../../../shared/model';
import { ReviewView } from '../../review';
import { useAgreement } from '../hooks/useAgreement';
import { ConfusionHeatmap } from './ConfusionHeatmap';
import { DocumentTable } from './DocumentTable';
import { LabelBars } from './LabelBars';
import '../agreement.css';
import { formatFigure } from '../formatFigure';

export interface AgreementViewProps {
  readonly styles: LabelStyles;
  onClose(): void;
  onError(error: unknown): void;
}

function figure(value: number | null): string {
  return formatFigure(value, 3);
}

function Summary({ result }: { readonly result: AgreementReport }) {
  const { overall } = result.spans;
  const st = result.stances;
  const cards: [string, string, string][] = [
    ['Span F1', figure(overall.f1), `P ${figure(overall.precision)} · R ${figure(overall.recall)}`],
    ['Matched spans', `${overall.tp}`, `${overall.fp} false positive(s) · ${overall.fn} missed`],
    [
      'Stance κ (Cohen)',
      figure(st.cohenKappa),
      `${st.units} unit(s) · Fleiss ${figure(st.fleissKappa)}`,
    ],
    ["Krippendorff's α", figure(st.krippendorffAlpha), 'stance polarity, nominal'],
  ];
  return (
    <div className="lp-agree-cards">
      {cards.map(([title, value, note]) => (
        <div key={title} className="lp-agree-card" data-testid={`card-${title}`}>
          <div className="lp-agree-card__title">{title}</div>
          <div className="lp-agree-card__value">{value}</div>
          <div className="lp-agree-card__note">{note}</div>
        </div>
      ))}
    </div>
  );
}

/** Swallows key presses while the view is shown (the annotation view underneath must not act on them); Esc closes. */
function useSwallowKeys(active: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      event.stopPropagation();
      if (event.key === 'Escape') onEscape();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, onEscape]);
}

/** Agreement between two annotators over the project, and the way into reviewing a document. */
export function AgreementView({ styles, onClose, onError }: AgreementViewProps) {
  const state = useAgreement(onError);
  const [reviewing, setReviewing] = useState<string | null>(null);
  useSwallowKeys(reviewing === null, onClose);
  const { pair, result } = state;
  const colors = Object.fromEntries(
    Object.entries(styles).map(([label, style]) => [label, style.color]),
  );

  if (reviewing && pair) {
    const back = (): void => {
      setReviewing(null);
      state.reload().catch(onError);
    };
    return (
      <div className="lp-fullview">
        <ReviewView documentId={reviewing} annotators={pair} onBack={back} onError={onError} />
      </div>
    );
  }
  return (
    <div className="lp-fullview">
      <section className="lp-agree" aria-label="Agreement">
        <div className="lp-agree-bar">
          <h2 className="lp-agree-title">Agreement</h2>
          {(['A', 'B'] as const).map((side, i) => (
            <label key={side} className="lp-agree-pick">
              {side}
              <select
                aria-label={`Annotator ${side}`}
                value={pair?.[i] ?? ''}
                onChange={(event) => state.choose(i as 0 | 1, event.target.value)}
              >
                {!pair && <option value="">—</option>}
                {state.annotators.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className="lp-agree-pick">
            Match
            <select
              aria-label="Match mode"
              value={state.match}
              onChange={(event) => state.setMatch(matchModeSchema.parse(event.target.value))}
            >
              <option value="exact">exact</option>
              <option value="overlap">overlap</option>
              <option value="token">token</option>
            </select>
          </label>
          <span className="lp-spacer" />
          <button
            type="button"
            className="lp-button"
            onClick={onClose}
            title="Back to annotating (Esc)"
          >
            Close
          </button>
        </div>
        {state.annotators.length < 2 && (
          <p className="lp-agree-empty">
            Agreement needs two annotators. Copy a teammate’s folder into <code>annotations/</code>{' '}
            or import their files with
            <code> --annotator NAME</code>.
          </p>
        )}
        {pair && pair[0] === pair[1] && (
          <p className="lp-agree-empty">Choose two different annotators.</p>
        )}
        {result && pair && (
          <div className="lp-agree-grid">
            <Summary result={result} />
            <div className="lp-agree-panel">
              <h3 className="lp-panel-title">F1 per label · B against A</h3>
              <LabelBars
                byLabel={result.spans.byLabel}
                colors={colors}
                unitizing={result.unitizing.byLabel}
              />
            </div>
            <div className="lp-agree-panel">
              <h3 className="lp-panel-title">Label confusion</h3>
              <ConfusionHeatmap confusion={result.spans.confusion} annotators={pair} />
            </div>
            <div className="lp-agree-panel lp-agree-panel--wide">
              <h3 className="lp-panel-title">Documents, worst first · click to review</h3>
              <DocumentTable
                result={result}
                documents={state.documents}
                annotators={pair}
                onOpen={setReviewing}
              />
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
