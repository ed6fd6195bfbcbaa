import { useEffect, useMemo } from 'react';
import { useCommandKey, useCommandRegistry } from '../../../commands';
import { useModel, useStore, visitHistory } from '../../../model';
import type { PanelDecision } from '../../../../../shared/review';
import { countOf } from '../../../ui/countOf';
import { colorVariable } from '../../../ui/colorVariable';
import { candidateHighlights, PANEL_LOOK, PANEL_STYLES, standingOf } from '../panelLook';
import { focusChosen, useKeyboardKeptInBar } from '../focusChosen';
import { DecisionKeyList } from './DecisionKeyList';
import { DecisionLayout } from './DecisionLayout';
import { panelEntries } from '../../../../../shared/review/panelEntries';
import { PanelCandidateCard } from './PanelCandidateCard';
import { PanelStanceCard } from './PanelStanceCard';
import { UndoRedoButtons } from './UndoRedoButtons';
import '../review.css';

function PanelLegend() {
  const { panel } = useModel();
  const { review } = useStore(panel);
  const counts = new Map<string, number>();
  for (const c of review ? panelEntries(review) : [])
    counts.set(standingOf(c), (counts.get(standingOf(c)) ?? 0) + 1);
  return (
    <div className="lp-review-legend" aria-label="Legend">
      {Object.entries(PANEL_LOOK).map(([name, look]) => (
        <span key={name} className="lp-review-key" style={colorVariable(look.color)}>
          <span className="lp-review-swatch" />
          {look.name}
          {name !== 'decided' && <span className="lp-muted"> {counts.get(name) ?? 0}</span>}
        </span>
      ))}
      <DecisionKeyList context="panel" />
    </div>
  );
}

function PanelBar() {
  const { panel } = useModel();
  const registry = useCommandRegistry();
  const state = useStore(panel);
  const { review, rejected } = state;
  const keys = { back: useCommandKey('closePanel'), majority: useCommandKey('acceptMajority') };
  const entries = review ? panelEntries(review) : [];
  const majority = entries.filter((c) => c.majority && !c.inGold && !c.rejected).length;
  const history = visitHistory(state, review?.history);
  useKeyboardKeptInBar([majority === 0, !history.canUndo, !history.canRedo]);
  if (!review) return null;
  const open = entries.filter((c) => !c.inGold && !rejected.has(c.id)).length;
  return (
    <div className="lp-review-bar" data-region="view-bar">
      <button
        type="button"
        className="lp-button"
        onClick={() => registry.run('closePanel')}
        title={keys.back ? `Back to agreement (${keys.back})` : 'Back to agreement'}
      >
        ← Agreement
      </button>
      <h2 className="lp-review-title">{review.document.name}</h2>
      <span
        className="lp-muted lp-review-who"
        title={`${review.annotators.length} annotators: ${review.annotators.join(', ')}`}
      >
        {review.annotators.length} annotators: <b>{review.annotators.join(', ')}</b>
      </span>
      <span className="lp-review-progress" data-testid="panel-progress">
        {open} open of {entries.length}
        {rejected.size > 0 && ` · ${rejected.size} rejected`} · gold{' '}
        {countOf(review.gold.spanCount, 'span')}, {countOf(review.gold.stanceCount, 'stance')}
      </span>
      <button
        type="button"
        className="lp-button lp-button--primary"
        disabled={majority === 0}
        onClick={() => registry.run('acceptMajority')}
        title={
          keys.majority ? `Accept what most marked (${keys.majority})` : 'Accept what most marked'
        }
      >
        Accept majority ({majority})
      </button>
      <UndoRedoButtons history={history} store={panel} />
    </div>
  );
}

/** One document adjudicated among any number of annotators: every candidate span and stance, who marked it, decided into gold by key or button. */
export function PanelView() {
  const { panel } = useModel();
  const { review, rejected, selectedId } = useStore(panel);
  const entries = useMemo(() => (review ? panelEntries(review) : []), [review]);
  const points = useMemo(() => [...(review?.document.text ?? '')], [review?.document.text]);
  const highlights = useMemo(() => candidateHighlights(entries, rejected), [entries, rejected]);

  useEffect(() => {
    if (!selectedId) return;
    const card = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedId)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    focusChosen(card);
    // Its words in the text come into view too, as a review's do.
    document
      .querySelector(`.lp-review-text [data-span-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [selectedId]);

  if (!review) return <section className="lp-review lp-empty">Loading the candidates…</section>;
  return (
    <DecisionLayout
      label="Adjudication"
      head={
        <>
          <PanelBar />
          <PanelLegend />
        </>
      }
      text={review.document.text}
      highlights={highlights}
      styles={PANEL_STYLES}
      selectedId={selectedId}
      pending={null}
      onSpanClick={(id) => panel.select(id)}
      listLabel="Candidates"
      empty={entries.length === 0 ? 'No annotator has marked this document.' : null}
    >
      {entries.map((c) => {
        const shared = {
          points,
          selected: c.id === selectedId,
          rejected: rejected.has(c.id),
          onSelect: () => panel.select(c.id),
          onDecide: (decision: PanelDecision) => panel.run(panel.decide(decision, c.id)),
        };
        return 'kind' in c ? (
          <PanelStanceCard key={c.id} candidate={c} {...shared} />
        ) : (
          <PanelCandidateCard key={c.id} candidate={c} {...shared} />
        );
      })}
    </DecisionLayout>
  );
}
