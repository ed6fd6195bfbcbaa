import { useEffect, useRef } from 'react';
import { matchModeSchema } from '../../../../../shared/agreement';
import type { AgreementReport } from '../../../../../shared/contract';
import { useCommandKey } from '../../../commands';
import { useModel, useStore } from '../../../model';
import { PanelView, ReviewView } from '../../review';
import { SuggestionPrecisionPanel } from '../../suggest';
import { ConfusionHeatmap } from './ConfusionHeatmap';
import { DocumentTable } from './DocumentTable';
import { LabelBars } from './LabelBars';
import { PanelPicker } from './PanelPicker';
import { TeamAgreement } from './TeamAgreement';
import { ViewAnnouncement } from './ViewAnnouncement';
import { skippedSaid } from '../skippedSaid';
import '../agreement.css';
import { formatFigure } from '../formatFigure';
import { countOf } from '../../../ui/countOf';

function figure(value: number | null): string {
  return formatFigure(value, 3);
}

function Summary({ result }: { readonly result: AgreementReport }) {
  const { overall } = result.spans;
  const st = result.stances;
  const cards: [string, string, string][] = [
    ['Span F1', figure(overall.f1), `P ${figure(overall.precision)} · R ${figure(overall.recall)}`],
    [
      'Matched spans',
      `${overall.tp}`,
      `${countOf(overall.fp, 'false positive')} · ${overall.fn} missed`,
    ],
    [
      'Stance κ (Cohen)',
      figure(st.cohenKappa),
      `${countOf(st.units, 'unit')} · Fleiss ${figure(st.fleissKappa)}`,
    ],
    ["Krippendorff's α", figure(st.krippendorffAlpha), 'stance polarity, nominal'],
  ];
  const skipped = skippedSaid(result);
  return (
    <>
      <div className="lp-agree-cards">
        {cards.map(([title, value, note]) => (
          <div key={title} className="lp-agree-card" data-testid={`card-${title}`}>
            <div className="lp-agree-card__title">{title}</div>
            <div className="lp-agree-card__value">{value}</div>
            <div className="lp-agree-card__note">{note}</div>
          </div>
        ))}
      </div>
      {skipped && (
        <p className="lp-agree-card__note" data-testid="agree-skipped">
          {skipped}
        </p>
      )}
    </>
  );
}

/**
 * The full view takes the keyboard when it opens and whenever it shows another view (the window
 * behind it is inert, and the control that had the focus may be gone): unless the focus is in it.
 * Back from a review or an adjudication, the keyboard goes to the control that opened it
 * (`returnToRef`, a selector inside the view).
 */
function useTakeKeyboard(shown: string) {
  const viewRef = useRef<HTMLDivElement>(null);
  const returnToRef = useRef<string | null>(null);
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const back = shown === 'agreement' ? returnToRef.current : null;
    const opener = back ? view.querySelector<HTMLElement>(back) : null;
    if (shown === 'agreement') returnToRef.current = null;
    if (opener) opener.focus();
    // The agreement's own section, named, rather than the unnamed view around it.
    else if (!view.contains(document.activeElement))
      (view.querySelector<HTMLElement>('[data-view-start]') ?? view).focus();
  }, [shown]);
  return { viewRef, returnToRef };
}

/** The figures a screen reader hears when they come: "amira and omar, exact match: span F1 0.500 …". */
function figuresSaid(result: AgreementReport): string {
  const { overall } = result.spans;
  return (
    `${result.annotators.join(' and ')}, ${result.match} match: span F1 ${figure(overall.f1)} ` +
    `(precision ${figure(overall.precision)}, recall ${figure(overall.recall)}), ` +
    `${countOf(overall.tp, 'matched span')}; stance kappa ${figure(result.stances.cohenKappa)}` +
    (skippedSaid(result) === null ? '' : `; ${skippedSaid(result)}`)
  );
}

/** Agreement between two annotators over the project, and the way into reviewing a document. */
export function AgreementView() {
  const model = useModel();
  const { agreement } = model;
  const state = useStore(agreement);
  const reviewing = useStore(model.review).documentId;
  const panelling = useStore(model.panel).documentId;
  const styles = useStore(model.project).project?.styles ?? {};
  const { pair, result } = state;
  const colors = Object.fromEntries(
    Object.entries(styles).map(([label, style]) => [label, style.color]),
  );
  const onClose = (): void => model.closeAgreement();
  const closeKey = useCommandKey('closeAgreement');
  useEffect(() => {
    agreement.load().catch(model.notifications.report);
  }, [agreement, model]);
  const shown = panelling ? 'panel' : reviewing ? 'review' : 'agreement';
  const { viewRef, returnToRef } = useTakeKeyboard(shown);
  useEffect(() => {
    if (result) model.viewAnnouncements.announce(figuresSaid(result));
  }, [model, result]);

  if (panelling) {
    return (
      <div className="lp-fullview" ref={viewRef} tabIndex={-1}>
        <ViewAnnouncement />
        <PanelView />
      </div>
    );
  }
  if (reviewing) {
    return (
      <div className="lp-fullview" ref={viewRef} tabIndex={-1}>
        <ViewAnnouncement />
        <ReviewView />
      </div>
    );
  }
  return (
    <div className="lp-fullview" ref={viewRef} tabIndex={-1}>
      <ViewAnnouncement />
      <section className="lp-agree" aria-label="Agreement" tabIndex={-1} data-view-start>
        <div className="lp-agree-bar" data-region="view-bar">
          <h2 className="lp-agree-title">Agreement</h2>
          {(['A', 'B'] as const).map((side, i) => (
            <label key={side} className="lp-agree-pick">
              {side}
              <select
                aria-label={`Annotator ${side}`}
                value={pair?.[i] ?? ''}
                onChange={(event) => agreement.choose(i === 0 ? 0 : 1, event.target.value)}
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
              onChange={(event) => agreement.setMatch(matchModeSchema.parse(event.target.value))}
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
            title={closeKey ? `Back to annotating (${closeKey})` : 'Back to annotating'}
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
          <div className="lp-agree-grid" data-region="view-figures">
            <Summary result={result} />
            <SuggestionPrecisionPanel />
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
            {state.team && <TeamAgreement report={state.team} />}
            {state.annotators.length >= 2 && (
              <PanelPicker
                annotators={state.annotators}
                documents={state.documents}
                onAdjudicate={(documentId) => {
                  returnToRef.current = '[data-adjudicate]';
                  model.panel.start(documentId, state.annotators);
                }}
              />
            )}
            <div className="lp-agree-panel lp-agree-panel--wide">
              <h3 className="lp-panel-title">Documents, worst first · open one to review</h3>
              <DocumentTable
                result={result}
                documents={state.documents}
                annotators={pair}
                onOpen={(documentId) => {
                  returnToRef.current = `[data-review-document="${CSS.escape(documentId)}"]`;
                  model.review.start(documentId, pair);
                }}
              />
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
