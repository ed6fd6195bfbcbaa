import { lazy, useEffect } from 'react';
import { useCommandRegistry } from '../../../commands';
import { useModel, useStore } from '../../../model';
import { isDesktop, onDidRunMenuCommand } from '../../../shellBridge';
import { OnceOpened } from '../../../ui/OnceOpened';
import { useDiskSync } from '../hooks/useDiskSync';
import { CommandPalette } from './CommandPalette';
import { MenuBar } from './MenuBar';
import { SaveStateBadge } from './SaveStateBadge';
import './shell.css';

// The shortcuts and about dialogs load when first opened, not with the window. The palette is
// typed into the moment its key is pressed: its code comes with the window, and it renders
// (with its dialog's code) once first opened.
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);
const AboutDialog = lazy(() =>
  import('./AboutDialog').then((module) => ({ default: module.AboutDialog })),
);

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
      <OnceOpened open={dialog === 'palette'}>
        <CommandPalette open={dialog === 'palette'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'shortcuts'}>
        <ShortcutsDialog open={dialog === 'shortcuts'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'about'}>
        <AboutDialog
          open={dialog === 'about'}
          projectDir={project?.dir ?? ''}
          onClose={model.view.close}
        />
      </OnceOpened>
    </>
  );
}
