import type { ReactNode } from 'react';
import { formatChord } from '../../../shared/commands';
import { useCommandEntry, useCommandRegistry } from '../commands';
import { SyncIndicator } from '../features/sync';
import { useModel, useStore } from '../model';

/** The buttons of the header, each a command of the registry. */
const BUTTONS = [
  ['showAgreement', 'Agreement', ' lp-header__roomy'],
  ['showStanceMap', 'Stance map', ' lp-header__roomy'],
  ['editSchema', 'Schema', ' lp-header__roomy'],
  ['import', 'Import', ' lp-header__wide'],
  ['export', 'Export', ' lp-header__wide'],
] as const;

/** The header: brand, shell (menus, save state), project, view buttons, snapping, undo/redo, annotator. */
export function AppHeader({ shell }: { readonly shell: ReactNode }) {
  const model = useModel();
  const registry = useCommandRegistry();
  const { project, settings } = useStore(model.project);
  const run = (id: string) => () => void registry.run(id);
  if (!project || !settings) return null;
  return (
    <header className="lp-header" data-region="header">
      <span className="lp-brand">Loupe</span>
      {shell}
      <span className="lp-project" title={`${project.name}\n${project.dir}`}>
        {project.name}
      </span>
      <span className="lp-spacer" />
      <SyncIndicator />
      {BUTTONS.map(([id, label, wide]) => (
        <button key={id} type="button" className={`lp-button${wide}`} onClick={run(id)}>
          {label}
        </button>
      ))}
      <label className="lp-toggle" title="Snap selections to whole words">
        <input
          type="checkbox"
          checked={settings.snapToWords}
          onChange={(event) => model.project.setSnapToWords(event.target.checked)}
        />
        Snap<span className="lp-header__wide"> to words</span>
      </label>
      <HistoryButton id="undo" />
      <HistoryButton id="redo" />
      <button
        type="button"
        className="lp-annotator"
        onClick={run('changeAnnotator')}
        title={`${settings.annotator ?? 'No annotator'}: change annotator`}
      >
        {settings.annotator ?? 'no annotator'}
      </button>
    </header>
  );
}

/** Undo or redo: renders again only when it becomes able or unable to run, or its key changes. */
function HistoryButton({ id }: { readonly id: 'undo' | 'redo' }) {
  const registry = useCommandRegistry();
  const entry = useCommandEntry(id);
  const [chord] = entry?.keys ?? [];
  const keyHint = chord ? ` (${formatChord(chord)})` : '';
  return (
    <button
      type="button"
      className="lp-button lp-header__wide"
      disabled={!entry?.enabled}
      onClick={() => void registry.run(id)}
      title={`${entry?.spec.title}${keyHint}`}
    >
      {entry?.spec.title}
    </button>
  );
}
