import { useEffect } from 'react';
import { useCommandRegistry } from '../../../commands';
import { useModel, useStore } from '../../../model';
import { isDesktop, onDidRunMenuCommand } from '../../../shellBridge';
import { useDiskSync } from '../hooks/useDiskSync';
import { AboutDialog } from './AboutDialog';
import { CommandPalette } from './CommandPalette';
import { MenuBar } from './MenuBar';
import { SaveStateBadge } from './SaveStateBadge';
import { ShortcutsDialog } from './ShortcutsDialog';
import './shell.css';

/**
 * The application shell: the menu bar in the browser host (the desktop app has native menus
 * that send the same commands), save state in the title, the read-only banner, the palette and
 * the shortcuts and about dialogs, and rereading files changed underneath when the window
 * regains focus.
 */
export function Shell() {
  const model = useModel();
  const registry = useCommandRegistry();
  const { project } = useStore(model.project);
  const { dialog } = useStore(model.view);
  const readOnly = project?.readOnly;
  useDiskSync();
  useEffect(() => onDidRunMenuCommand((command) => void registry.run(command)), [registry]);

  return (
    <>
      {!isDesktop() && <MenuBar />}
      <SaveStateBadge projectName={project?.name ?? 'Loupe'} readOnly={readOnly} />
      {readOnly && (
        <div className="lp-banner" role="alert" data-testid="read-only-banner">
          {readOnly}
        </div>
      )}
      <CommandPalette open={dialog === 'palette'} />
      <ShortcutsDialog open={dialog === 'shortcuts'} />
      <AboutDialog
        open={dialog === 'about'}
        projectDir={project?.dir ?? ''}
        onClose={model.view.close}
      />
    </>
  );
}
