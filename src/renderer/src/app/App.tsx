import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary, LayerChange, ProjectInfo, Settings } from '../../../shared/contract';
import { workbench } from '../bridge';
import { AnnotationWorkspace, useAnnotationSession } from '../features/annotate';
import { DocumentList } from '../features/documents';
import { AnnotatorDialog } from '../features/settings';
import { Toast } from '../ui/Toast';

/** Loupe's window: header, document list, reading view and inspector. */
export function App() {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [askName, setAskName] = useState(false);

  const report = useCallback((error: unknown) => setMessage((error as Error).message ?? String(error)), []);
  const onChange = useCallback((change: LayerChange) => {
    setDocuments((rows) => rows.map((row) => (row.id === change.documentId ? { ...row, spanCount: change.spanCount, status: change.status } : row)));
  }, []);
  const session = useAnnotationSession(onChange);

  const refresh = useCallback(async () => {
    const api = workbench();
    const [info, prefs, docs] = await Promise.all([api.getProject({}), api.getSettings({}), api.listDocuments({})]);
    setProject(info);
    setSettings(prefs);
    setDocuments(docs);
    if (info.problems.length) setMessage(`Some files could not be loaded: ${info.problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`);
    return { docs, prefs };
  }, []);

  useEffect(() => {
    refresh()
      .then(({ docs, prefs }) => {
        if (prefs.annotator && docs[0]) return session.open(docs[0].id);
        return undefined;
      })
      .catch(report);
  }, []);

  const saveAnnotator = async (name: string): Promise<void> => {
    const next = await workbench().updateSettings({ annotator: name });
    setSettings(next);
    setAskName(false);
    const { docs } = await refresh();
    const first = session.document?.id ?? docs[0]?.id;
    if (first) await session.open(first);
  };

  if (!project || !settings) {
    return (
      <div className="lp-loading">
        Loading Loupe…
        {message && <Toast message={message} onClose={() => setMessage(null)} />}
      </div>
    );
  }
  return (
    <div className="lp-app">
      <header className="lp-header">
        <span className="lp-brand">Loupe</span>
        <span className="lp-project" title={project.dir}>{project.name}</span>
        <span className="lp-spacer" />
        <label className="lp-toggle">
          <input
            type="checkbox"
            checked={settings.snapToWords}
            onChange={(event) => workbench().updateSettings({ snapToWords: event.target.checked }).then(setSettings, report)}
          />
          Snap to words
        </label>
        <button type="button" className="lp-button" disabled={!session.history.canUndo} onClick={() => session.undo().catch(report)} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" className="lp-button" disabled={!session.history.canRedo} onClick={() => session.redo().catch(report)} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" className="lp-annotator" onClick={() => setAskName(true)} title="Change annotator">
          {settings.annotator ?? 'no annotator'}
        </button>
      </header>
      <DocumentList documents={documents} currentId={session.document?.id ?? null} onOpen={(id) => session.open(id).catch(report)} />
      <AnnotationWorkspace session={session} schema={project.schema} styles={project.styles} snapToWords={settings.snapToWords} onError={report} />
      <AnnotatorDialog
        key={String(askName || !settings.annotator)}
        open={askName || !settings.annotator}
        current={settings.annotator}
        onSave={saveAnnotator}
        onCancel={() => setAskName(false)}
      />
      {message && <Toast message={message} onClose={() => setMessage(null)} />}
    </div>
  );
}
