import { useCallback, useRef, useState } from 'react';
import type {
  EditResult,
  HistoryState,
  LayerChange,
  OpenedDocument,
  RequestOf,
} from '../../../../../shared/contract';
import type { DocumentStatus, Entity, Span, Stance } from '../../../../../shared/model';
import type { Fragment } from '../../../../../shared/spans';
import { workbench } from '../../../bridge';
import { itemAt } from '../../../../../shared/collections';

/** The open document and its layer as the view holds them; kept current by edit results. */
export interface AnnotationSession {
  readonly document: OpenedDocument['document'] | null;
  readonly spans: readonly Span[];
  readonly stances: readonly Stance[];
  readonly documentLabels: Readonly<Record<string, string>>;
  readonly status: DocumentStatus;
  readonly history: HistoryState;
  readonly entities: readonly Entity[];
  open(documentId: string): Promise<void>;
  refreshEntities(): Promise<void>;
  addSpan(label: string, fragments: Fragment[], entityId?: string): Promise<EditResult>;
  updateSpan(
    spanId: string,
    patch: Omit<RequestOf<'updateSpan'>, 'documentId' | 'spanId'>,
  ): Promise<EditResult>;
  deleteSpan(spanId: string): Promise<EditResult>;
  setStatus(status: DocumentStatus): Promise<EditResult>;
  setDocumentLabel(name: string, value: string | null): Promise<EditResult>;
  addStance(request: Omit<RequestOf<'addStance'>, 'documentId'>): Promise<EditResult>;
  updateStance(request: Omit<RequestOf<'updateStance'>, 'documentId'>): Promise<EditResult>;
  deleteStance(stanceId: string): Promise<EditResult>;
  /** Any edit through the API whose result should update this view. */
  absorb(result: EditResult | null): Promise<EditResult | null>;
  undo(): Promise<EditResult | null>;
  redo(): Promise<EditResult | null>;
}

function merge<T extends { id: string }>(
  items: readonly T[],
  upserted: readonly T[],
  removed: readonly string[],
): T[] {
  const gone = new Set([...removed, ...upserted.map((s) => s.id)]);
  return [...items.filter((s) => !gone.has(s.id)), ...upserted];
}

/** Loads a document and routes every edit through the WorkbenchApi. */
export function useAnnotationSession(onChange: (change: LayerChange) => void): AnnotationSession {
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [spans, setSpans] = useState<readonly Span[]>([]);
  const [stances, setStances] = useState<readonly Stance[]>([]);
  const [documentLabels, setDocumentLabels] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatusState] = useState<DocumentStatus>('todo');
  const [history, setHistory] = useState<HistoryState>({ canUndo: false, canRedo: false });
  const [entities, setEntities] = useState<readonly Entity[]>([]);
  const currentId = useRef<string | null>(null);

  const refreshEntities = useCallback(
    async () => setEntities(await workbench().listEntities({})),
    [],
  );

  const open = useCallback(async (documentId: string) => {
    const result = await workbench().openDocument({ documentId });
    currentId.current = documentId;
    setOpened(result);
    setSpans(result.layer.spans);
    setStances(result.layer.stances);
    setDocumentLabels(result.layer.documentLabels);
    setStatusState(result.layer.status);
    setHistory(result.history);
  }, []);

  const absorb = useCallback(
    async (result: EditResult | null): Promise<EditResult | null> => {
      if (!result) return null;
      setHistory(result.history);
      for (const change of result.changes) {
        if (change.documentId === currentId.current) {
          setSpans((current) => merge(current, change.upserted, change.removed));
          setStances((current) => merge(current, change.stancesUpserted, change.stancesRemoved));
          setDocumentLabels(change.documentLabels);
          setStatusState(change.status);
        }
        onChange(change);
      }
      const elsewhere =
        result.changes.length > 0 &&
        !result.changes.some((c) => c.documentId === currentId.current);
      if (elsewhere) await open(itemAt(result.changes, 0).documentId);
      if (result.entitiesChanged) await refreshEntities();
      return result;
    },
    [open, onChange, refreshEntities],
  );

  const api = workbench();
  const documentId = opened?.document.id ?? '';
  const edit = async (call: Promise<EditResult>): Promise<EditResult> =>
    (await absorb(await call)) as EditResult;
  return {
    document: opened?.document ?? null,
    spans,
    stances,
    documentLabels,
    status,
    history,
    entities,
    open,
    refreshEntities,
    absorb,
    addSpan: (label, fragments, entityId) =>
      edit(api.addSpan({ documentId, label, fragments, ...(entityId ? { entityId } : {}) })),
    updateSpan: (spanId, patch) => edit(api.updateSpan({ documentId, spanId, ...patch })),
    deleteSpan: (spanId) => edit(api.deleteSpan({ documentId, spanId })),
    setStatus: (next) => edit(api.setStatus({ documentId, status: next })),
    setDocumentLabel: (name, value) => edit(api.setDocumentLabel({ documentId, name, value })),
    addStance: (request) => edit(api.addStance({ documentId, ...request })),
    updateStance: (request) => edit(api.updateStance({ documentId, ...request })),
    deleteStance: (stanceId) => edit(api.deleteStance({ documentId, stanceId })),
    undo: async () => absorb(await api.undo({})),
    redo: async () => absorb(await api.redo({})),
  };
}
