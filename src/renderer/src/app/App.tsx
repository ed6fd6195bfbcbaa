import { Suspense, useEffect } from 'react';
import { useCommandKeys } from '../commands';
import { AnnotationWorkspace } from '../features/annotate';
import { Shell } from '../features/shell';
import { useModel, useStore } from '../model';
import { AppDialogs } from './AppDialogs';
import { AppHeader } from './AppHeader';
import { AgreementView } from './lazyViews';
import { Notifications } from './Notifications';
import { SidePanel } from './SidePanel';
import { DialogFallbackFocus } from '../ui/useDialogOpener';
import { WindowNewsProvider } from './WindowNewsProvider';

/** Loupe's window: header, side panel (documents, entities, search), reading view and inspector. */
export function App() {
  const model = useModel();
  const { project, settings } = useStore(model.project);
  const { agreement } = useStore(model.view);
  useCommandKeys();
  useEffect(() => {
    model.start().catch(model.notifications.report);
  }, [model]);

  if (!project || !settings) {
    return (
      <div className="lp-loading">
        Loading Loupe…
        <Notifications />
      </div>
    );
  }
  return (
    <WindowNewsProvider>
      {/* A dialog whose opener is gone (or was the text) gives the keyboard to the text. */}
      <DialogFallbackFocus.Provider value={model.view.focusReading}>
        <div className="lp-app">
          {/* Under a full view (agreement, review) the window is inert: no key or Tab reaches it. */}
          <div className="lp-behind" inert={agreement}>
            <AppHeader shell={<Shell />} />
            <SidePanel />
            <AnnotationWorkspace />
          </div>
          <AppDialogs />
          {agreement && (
            <Suspense fallback={null}>
              <AgreementView />
            </Suspense>
          )}
          <Notifications />
        </div>
      </DialogFallbackFocus.Provider>
    </WindowNewsProvider>
  );
}
