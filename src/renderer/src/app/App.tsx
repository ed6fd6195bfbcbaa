import { useCallback, useEffect, useState } from 'react';
import type {
  DocumentSummary,
  EditResult,
  LayerChange,
  ProjectInfo,
  SearchHit,
  Settings,
} from '../../../shared/contract';
import type { Stance } from '../../../shared/model';
import { workbench } from '../bridge';
import { AgreementView } from '../features/agreement';
import {
  AnnotationWorkspace,
  useAnnotationSession,
  type WorkspaceFocus,
} from '../features/annotate';
import { DocumentList } from '../features/documents';
import { Shell } from '../features/shell';
import { EntitiesPanel } from '../features/entities';
import { ExportDialog, ImportDialog } from '../features/interchange';
import { SchemaDialog } from '../features/schema';
import { OccurrencesDialog, SearchPanel, type Propagation } from '../features/search';
import { AnnotatorDialog } from '../features/settings';
import { CarryDialog, StanceMapDialog } from '../features/stances';
import { Toast } from '../ui/Toast';

type SideTab = 'documents' | 'entities' | 'search';

/** Loupe's window: header, side panel (documents, entities, search), reading view and inspector. */
export function App() {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [askName, setAskName] = useState(false);
  const [tab, setTab] = useState<SideTab>('documents');
  const [focus, setFocus] = useState<WorkspaceFocus | null>(null);
  const [propagation, setPropagation] = useState<Propagation | null>(null);
  const [carrying, setCarrying] = useState<{ documentId: string; stance: Stance } | null>(null);
  const [dialog, setDialog] = useState<'map' | 'schema' | null>(null);
  const [interchange, setInterchange] = useState<'import' | 'export' | null>(null);
  const [agreementOpen, setAgreementOpen] = useState(false);

  const report = useCallback(
    (error: unknown) => setMessage((error as Error).message ?? String(error)),
    [],
  );
  const onChange = useCallback((change: LayerChange) => {
    setDocuments((rows) =>
      rows.map((row) =>
        row.id === change.documentId
          ? { ...row, spanCount: change.spanCount, status: change.status }
          : row,
      ),
    );
  }, []);
  const session = useAnnotationSession(onChange);

  const refresh = useCallback(async () => {
    const api = workbench();
    const [info, prefs, docs] = await Promise.all([
      api.getProject({}),
      api.getSettings({}),
      api.listDocuments({}),
    ]);
    setProject(info);
    setSettings(prefs);
    setDocuments(docs);
    if (info.problems.length)
      setMessage(
        `Some files could not be loaded: ${info.problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`,
      );
    return { docs, prefs };
  }, []);

  useEffect(() => {
    refresh()
      .then(async ({ docs, prefs }) => {
        await session.refreshEntities();
        if (prefs.annotator && docs[0]) await session.open(docs[0].id);
      })
      .catch(report);
  }, []);

  const absorb = useCallback(
    (result: EditResult) => {
      void session
        .absorb(result)
        .then(() => (result.projectChanged ? refresh() : undefined))
        .catch(report);
    },
    [session, refresh, report],
  );

  const saveAnnotator = async (name: string): Promise<void> => {
    const next = await workbench().updateSettings({ annotator: name });
    setSettings(next);
    setAskName(false);
    const { docs } = await refresh();
    const first = session.document?.id ?? docs[0]?.id;
    if (first) await session.open(first);
  };

  const jump = (documentId: string, target: Omit<WorkspaceFocus, 'nonce'>): void => {
    const go = documentId === session.document?.id ? Promise.resolve() : session.open(documentId);
    go.then(() => setFocus({ ...target, nonce: Date.now() }), report);
  };

  const nextDocument = (): void => {
    const at = documents.findIndex((d) => d.id === session.document?.id);
    const next = documents.slice(at + 1).find((d) => d.status !== 'done') ?? documents[at + 1];
    if (next) session.open(next.id).catch(report);
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
        <Shell
          projectName={project.name}
          projectDir={project.dir}
          readOnly={project.readOnly}
          canUndo={session.history.canUndo}
          canRedo={session.history.canRedo}
          onUndo={() => session.undo().catch(report)}
          onRedo={() => session.redo().catch(report)}
          onFind={() => setTab('search')}
          onImport={() => setInterchange('import')}
          onExport={() => setInterchange('export')}
          onReload={() =>
            refresh()
              .then(() =>
                Promise.all([
                  session.refreshEntities(),
                  session.document && session.open(session.document.id),
                ]),
              )
              .catch(report)
          }
          onError={report}
        />
        <span className="lp-project" title={project.dir}>
          {project.name}
        </span>
        <span className="lp-spacer" />
        <button type="button" className="lp-button" onClick={() => setAgreementOpen(true)}>
          Agreement
        </button>
        <button type="button" className="lp-button" onClick={() => setDialog('map')}>
          Stance map
        </button>
        <button type="button" className="lp-button" onClick={() => setDialog('schema')}>
          Schema
        </button>
        <button type="button" className="lp-button" onClick={() => setInterchange('import')}>
          Import
        </button>
        <button type="button" className="lp-button" onClick={() => setInterchange('export')}>
          Export
        </button>
        <label className="lp-toggle">
          <input
            type="checkbox"
            checked={settings.snapToWords}
            onChange={(event) =>
              workbench()
                .updateSettings({ snapToWords: event.target.checked })
                .then(setSettings, report)
            }
          />
          Snap to words
        </label>
        <button
          type="button"
          className="lp-button"
          disabled={!session.history.canUndo}
          onClick={() => session.undo().catch(report)}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="lp-button"
          disabled={!session.history.canRedo}
          onClick={() => session.redo().catch(report)}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          className="lp-annotator"
          onClick={() => setAskName(true)}
          title="Change annotator"
        >
          {settings.annotator ?? 'no annotator'}
        </button>
      </header>
      <div className="lp-side">
        <div className="lp-tabs" role="tablist" aria-label="Side panel">
          {(['documents', 'entities', 'search'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={`lp-tab${tab === name ? ' is-on' : ''}`}
              onClick={() => setTab(name)}
            >
              {name[0]?.toUpperCase() + name.slice(1)}
            </button>
          ))}
        </div>
        {tab === 'documents' && (
          <DocumentList
            documents={documents}
            currentId={session.document?.id ?? null}
            onOpen={(id) => session.open(id).catch(report)}
          />
        )}
        {tab === 'entities' && (
          <EntitiesPanel
            entities={session.entities}
            onJump={(documentId, spanId) => jump(documentId, { spanId })}
            onResult={absorb}
            onError={report}
          />
        )}
        {tab === 'search' && (
          <SearchPanel
            documentId={session.document?.id ?? null}
            onOpenHit={(hit: SearchHit) =>
              jump(hit.documentId, { range: { start: hit.start, end: hit.end } })
            }
            onError={report}
          />
        )}
      </div>
      <AnnotationWorkspace
        session={session}
        schema={project.schema}
        styles={project.styles}
        snapToWords={settings.snapToWords}
        focus={focus}
        onError={report}
        onPropagate={setPropagation}
        onCarry={(stance) =>
          session.document && setCarrying({ documentId: session.document.id, stance })
        }
        onNextDocument={nextDocument}
        onSearch={() => setTab('search')}
      />
      <OccurrencesDialog
        propagation={propagation}
        onClose={() => setPropagation(null)}
        onResult={absorb}
        onError={report}
      />
      <CarryDialog
        documentId={carrying?.documentId ?? ''}
        stance={carrying?.stance ?? null}
        onClose={() => setCarrying(null)}
        onResult={absorb}
        onError={report}
      />
      <StanceMapDialog
        open={dialog === 'map'}
        onClose={() => setDialog(null)}
        onOpenDocument={(id) => session.open(id).catch(report)}
        onError={report}
      />
      <SchemaDialog
        open={dialog === 'schema'}
        project={project}
        onClose={() => setDialog(null)}
        onResult={absorb}
        onError={report}
      />
      <ImportDialog
        open={interchange === 'import'}
        annotators={project.annotators}
        annotator={settings.annotator}
        onClose={() => setInterchange(null)}
        onImported={(summary) => {
          setMessage(
            `Imported ${summary.documents.length} document(s): ${summary.spans} span(s), ${summary.stances} stance(s).`,
          );
          refresh()
            .then(() => (session.document ? session.open(session.document.id) : undefined))
            .catch(report);
        }}
        onError={report}
      />
      <ExportDialog
        open={interchange === 'export'}
        annotators={project.annotators}
        annotator={settings.annotator}
        onClose={() => setInterchange(null)}
        onExported={(result) =>
          setMessage(
            `Exported ${result.summary.documents} document(s), ${result.summary.spans} span(s)${result.out ? ` to ${result.out}` : ''}.`,
          )
        }
        onError={report}
      />
      <AnnotatorDialog
        key={String(askName || !settings.annotator)}
        open={askName || !settings.annotator}
        current={settings.annotator}
        onSave={saveAnnotator}
        onCancel={() => setAskName(false)}
      />
      {agreementOpen && (
        <AgreementView
          styles={project.styles}
          onClose={() => {
            setAgreementOpen(false);
            refresh()
              .then(() => (session.document ? session.open(session.document.id) : undefined))
              .catch(report);
          }}
          onError={report}
        />
      )}
      {message && <Toast message={message} onClose={() => setMessage(null)} />}
    </div>
  );
}
