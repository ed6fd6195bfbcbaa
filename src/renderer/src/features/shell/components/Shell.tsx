import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ShellCommand } from '../../../../../shared/contract/shellCommands';
import { isDesktop, onDidRunMenuCommand } from '../../../shellBridge';
import { useDiskSync } from '../hooks/useDiskSync';
import { useLayoutToggles } from '../hooks/useLayoutToggles';
import { useSaveTitle } from '../hooks/useSaveTitle';
import { useTheme } from '../hooks/useTheme';
import { AboutDialog } from './AboutDialog';
import { MenuBar } from './MenuBar';
import { shortcutCommand } from './shellMenu';
import { ShortcutsDialog } from './ShortcutsDialog';
import './shell.css';

export interface ShellProps {
  readonly projectName: string;
  readonly projectDir: string;
  /** Why the project is read-only (another program writes it), if it is. */
  readonly readOnly?: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onFind(): void;
  /** Opens the import dialog; the menu item is disabled without it. */
  onImport?(): void;
  onExport?(): void;
  /** Files changed underneath (git pull, a copy) were reread: refresh the views. */
  onReload(files: string[]): void;
  onError(error: unknown): void;
}

/**
 * The application shell: the menu bar in the browser host (the desktop app has native menus
 * that send the same commands), theme, panel toggles, save state in the title, the read-only
 * banner, and rereading files changed underneath when the window regains focus.
 */
export function Shell(props: ShellProps) {
  const { toggleTheme } = useTheme();
  const { togglePanel, zoom } = useLayoutToggles();
  const [dialog, setDialog] = useState<'shortcuts' | 'about' | null>(null);
  const saveState = useSaveTitle(props.projectName, Boolean(props.readOnly));
  const sync = useDiskSync(props.onReload, props.onError);
  const latest = useRef(props);
  latest.current = props;

  const run = useCallback(
    (command: ShellCommand) => {
      const p = latest.current;
      const actions: Record<ShellCommand, () => void> = {
        undo: p.onUndo,
        redo: p.onRedo,
        find: p.onFind,
        toggleSidePanel: () => togglePanel('side'),
        toggleInspector: () => togglePanel('inspector'),
        toggleTheme,
        zoomIn: () => zoom(1),
        zoomOut: () => zoom(-1),
        resetZoom: () => zoom(0),
        import: () => p.onImport?.(),
        export: () => p.onExport?.(),
        showShortcuts: () => setDialog('shortcuts'),
        showAbout: () => setDialog('about'),
        showPalette: () => undefined,
        syncWithDisk: sync,
      };
      actions[command]();
    },
    [togglePanel, toggleTheme, zoom, sync],
  );

  useEffect(() => onDidRunMenuCommand(run), [run]);
  useEffect(() => {
    if (isDesktop()) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      const command = shortcutCommand(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const disabled = useMemo(() => {
    const off = new Set<ShellCommand>();
    if (!props.canUndo || props.readOnly) off.add('undo');
    if (!props.canRedo || props.readOnly) off.add('redo');
    if (!props.onImport || props.readOnly) off.add('import');
    if (!props.onExport) off.add('export');
    return off;
  }, [props.canUndo, props.canRedo, props.readOnly, props.onImport, props.onExport]);

  return (
    <>
      {!isDesktop() && <MenuBar disabled={disabled} onCommand={run} />}
      <span
        className={`lp-savestate lp-savestate--${props.readOnly ? 'readonly' : saveState}`}
        role="status"
        data-testid="save-state"
      >
        {props.readOnly
          ? 'Read-only'
          : saveState === 'saving'
            ? 'Saving…'
            : saveState === 'failed'
              ? 'Not saved'
              : 'Saved'}
      </span>
      {props.readOnly && (
        <div className="lp-banner" role="alert" data-testid="read-only-banner">
          {props.readOnly}
        </div>
      )}
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      <AboutDialog
        open={dialog === 'about'}
        projectDir={props.projectDir}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
