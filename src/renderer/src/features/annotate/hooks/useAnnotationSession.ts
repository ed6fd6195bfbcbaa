import { useCallback, useState } from 'react';
import type { HistoryState, LayerChange, OpenedDocument } from '../../../../../shared/contract';
import type { DocumentStatus, Span } from '../../../../../shared/model';
import type { Fragment } from '../../../../../shared/spans';
import { workbench } from '../../../bridge';

/** The open document and its layer as the view holds them; kept current by LayerChanges. */
export interface AnnotationSession {
  readonly document: OpenedDocument['document'] | null;
  readonly spans: readonly Span[];
  readonly status: DocumentStatus;
  readonly history: HistoryState;
  open(documentId: string): Promise<void>;
  addSpan(label: string, fragments: Fragment[]): Promise<LayerChange>;
  updateSpan(spanId: string, patch: { label?: string; note?: string }): Promise<LayerChange>;
  deleteSpan(spanId: string): Promise<LayerChange>;
  setStatus(status: DocumentStatus): Promise<LayerChange>;
  undo(): Promise<LayerChange | null>;
  redo(): Promise<LayerChange | null>;
}

function applyChange(spans: readonly Span[], change: LayerChange): Span[] {
  const gone = new Set([...change.removed, ...change.upserted.map((s) => s.id)]);
  return [...spans.filter((s) => !gone.has(s.id)), ...change.upserted];
}

/** Loads a document and routes every edit through the WorkbenchApi. */
export function useAnnotationSession(onChange: (change: LayerChange) => void): AnnotationSession {
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [spans, setSpans] = useState<readonly Span[]>([]);
  const [status, setStatusState] = useState<DocumentStatus>('todo');
  const [history, setHistory] = useState<HistoryState>({ canUndo: false, canRedo: false });

  const open = useCallback(async (documentId: string) => {
    const result = await workbench().openDocument({ documentId });
    setOpened(result);
    setSpans(result.layer.spans);
    setStatusState(result.layer.status);
    setHistory(result.history);
  }, []);

  const absorb = useCallback(
    async (change: LayerChange | null): Promise<LayerChange | null> => {
      if (!change) return null;
      setHistory(change.history);
      if (opened && change.documentId !== opened.document.id) {
        await open(change.documentId);
      } else {
        setSpans((current) => applyChange(current, change));
        setStatusState(change.status);
      }
      onChange(change);
      return change;
    },
    [opened, open, onChange],
  );

  const api = workbench();
  const documentId = opened?.document.id ?? '';
  return {
    document: opened?.document ?? null,
    spans,
    status,
    history,
    open,
    addSpan: async (label, fragments) => (await absorb(await api.addSpan({ documentId, label, fragments }))) as LayerChange,
    updateSpan: async (spanId, patch) => (await absorb(await api.updateSpan({ documentId, spanId, ...patch }))) as LayerChange,
    deleteSpan: async (spanId) => (await absorb(await api.deleteSpan({ documentId, spanId }))) as LayerChange,
    setStatus: async (next) => (await absorb(await api.setStatus({ documentId, status: next }))) as LayerChange,
    undo: async () => absorb(await api.undo({})),
    redo: async () => absorb(await api.redo({})),
  };
}
