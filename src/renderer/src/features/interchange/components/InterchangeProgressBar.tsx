import { useModel, useStore } from '../../../model';

const PHASES: Record<string, string> = { planning: 'Reading', writing: 'Writing' };

/** The running import's or export's progress as a bar, with a button that cancels it. */
export function InterchangeProgressBar() {
  const model = useModel();
  const { progress } = useStore(model.interchange);
  if (!progress) return null;
  const { phase, done, total, verb } = progress;
  const label = phase ? `${PHASES[phase] ?? phase} ${done ?? 0}/${total ?? 0}` : 'Starting…';
  return (
    <div className="lp-row" role="status" aria-label={`${verb ?? 'import'} progress`}>
      <progress
        className="lp-progress"
        max={total && total > 0 ? total : undefined}
        value={total && total > 0 ? (done ?? 0) : undefined}
      />
      <span className="lp-muted">{label}</span>
      <button type="button" className="lp-button" onClick={model.interchange.cancel}>
        Cancel {verb ?? 'import'}
      </button>
    </div>
  );
}
