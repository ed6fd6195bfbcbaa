import type {
  EditResult,
  HistoryState,
  OpenedDocument,
  PublicApi,
  RequestOf,
} from '../../../shared/contract';
import type {
  AnnotationEvent,
  DismissedName,
  DocumentStatus,
  Relation,
  Span,
  Stance,
} from '../../../shared/model';
import type { Fragment } from '../../../shared/spans';
import type { DocumentsStore } from './documentsStore';
import type { EntitiesStore } from './entitiesStore';
import { mergeById } from './mergeById';
import type { NotificationsStore } from './notificationsStore';
import type { ProjectStore } from './projectStore';
import { Store } from './store';

/** The open document and the user's layer of it, as the view holds them. */
export interface DocumentState {
  readonly document: OpenedDocument['document'] | null;
  readonly spans: readonly Span[];
  readonly stances: readonly Stance[];
  /** Relations between spans (made here or imported); events (from brat) are shown read-only. */
  readonly relations: readonly Relation[];
  readonly events: readonly AnnotationEvent[];
  /** Known-name suggestions the user dismissed in this document. */
  readonly dismissedNames: readonly DismissedName[];
  readonly documentLabels: Readonly<Record<string, string>>;
  readonly status: DocumentStatus;
  readonly history: HistoryState;
}

export interface DocumentStoreDeps {
  readonly client: PublicApi;
  readonly notifications: NotificationsStore;
  readonly documents: DocumentsStore;
  readonly entities: () => EntitiesStore;
  readonly project: ProjectStore;
}

type SpanPatch = Omit<RequestOf<'updateSpan'>, 'documentId' | 'spanId'>;

const EMPTY: DocumentState = {
  document: null,
  spans: [],
  stances: [],
  relations: [],
  events: [],
  dismissedNames: [],
  documentLabels: {},
  status: 'todo',
  history: { canUndo: false, canRedo: false },
};

/** Opens documents and routes every edit through the workbench; edit results keep it current. */
export class DocumentStore extends Store<DocumentState> {
  constructor(private readonly deps: DocumentStoreDeps) {
    super(EMPTY);
  }

  private get documentId(): string {
    return this.snapshot.document?.id ?? '';
  }

  async open(documentId: string): Promise<void> {
    const { document, layer, history } = await this.deps.client.openDocument({ documentId });
    this.set({
      document,
      spans: layer.spans,
      stances: layer.stances,
      relations: layer.relations ?? [],
      events: layer.events ?? [],
      dismissedNames: layer.dismissedNames ?? [],
      documentLabels: layer.documentLabels,
      status: layer.status,
      history,
    });
  }

  /** Opens a document, reporting a failure. */
  readonly show = (documentId: string): void => {
    this.open(documentId).catch(this.deps.notifications.report);
  };

  /** Reads the open document again (files changed underneath, a review wrote gold). */
  async reopen(): Promise<void> {
    if (this.snapshot.document) await this.open(this.snapshot.document.id);
  }

  /** Takes in any edit's result: this layer, the document list, entities, the project. */
  async absorb(result: EditResult | null): Promise<EditResult | null> {
    if (!result) return null;
    const here = this.documentId;
    let next: DocumentState = { ...this.snapshot, history: result.history };
    for (const change of result.changes) {
      if (change.documentId === here)
        next = {
          ...next,
          spans: mergeById(next.spans, change.upserted, change.removed),
          stances: mergeById(next.stances, change.stancesUpserted, change.stancesRemoved),
          relations: mergeById(next.relations, change.relationsUpserted, change.relationsRemoved),
          dismissedNames:
            change.dismissedNames.length === next.dismissedNames.length
              ? next.dismissedNames
              : change.dismissedNames,
          documentLabels: change.documentLabels,
          status: change.status,
        };
      this.deps.documents.applyChange(change);
    }
    this.set(next);
    const [first] = result.changes;
    if (first && !result.changes.some((c) => c.documentId === here))
      await this.open(first.documentId);
    if (result.entitiesChanged) await this.deps.entities().refresh();
    if (result.projectChanged)
      // Titles live in the project too: the list shows them.
      await Promise.all([this.deps.project.reloadProject(), this.deps.documents.refresh()]);
    return result;
  }

  /** The last edit's absorbing: answers are taken in the order the edits were made. */
  private absorbed: Promise<unknown> = Promise.resolve();

  /**
   * Runs an edit and absorbs its result after those of earlier edits (answers may arrive out of
   * order: a relabel's late answer must not bring back the span a later delete removed); a
   * failure is reported and answers null.
   */
  readonly edit = (call: Promise<EditResult | null>): Promise<EditResult | null> => {
    const previous = this.absorbed;
    const next = (async () => {
      const answer = await call.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      await previous;
      try {
        if ('error' in answer) throw answer.error;
        return await this.absorb(answer.result);
      } catch (error) {
        this.deps.notifications.report(error);
        return null;
      }
    })();
    this.absorbed = next;
    return next;
  };

  addSpan(label: string, fragments: Fragment[], entityId?: string): Promise<EditResult | null> {
    const documentId = this.documentId;
    const entity = entityId ? { entityId } : {};
    return this.edit(this.deps.client.addSpan({ documentId, label, fragments, ...entity }));
  }

  updateSpan(spanId: string, patch: SpanPatch): Promise<EditResult | null> {
    return this.edit(
      this.deps.client.updateSpan({ documentId: this.documentId, spanId, ...patch }),
    );
  }

  deleteSpan(spanId: string): Promise<EditResult | null> {
    return this.edit(this.deps.client.deleteSpan({ documentId: this.documentId, spanId }));
  }

  addRelation(from: string, to: string, type: string): Promise<EditResult | null> {
    const documentId = this.documentId;
    return this.edit(this.deps.client.addRelation({ documentId, from, to, type }));
  }

  deleteRelation(relationId: string): Promise<EditResult | null> {
    return this.edit(this.deps.client.deleteRelation({ documentId: this.documentId, relationId }));
  }

  /** Remembers a dismissed known-name suggestion in the user's layer. */
  dismissName(start: number, end: number): Promise<EditResult | null> {
    return this.edit(this.deps.client.dismissName({ documentId: this.documentId, start, end }));
  }

  setStatus(status: DocumentStatus): Promise<EditResult | null> {
    return this.edit(this.deps.client.setStatus({ documentId: this.documentId, status }));
  }

  /** Done when not done, else back in progress. */
  toggleDone(): Promise<EditResult | null> {
    return this.setStatus(this.snapshot.status === 'done' ? 'in_progress' : 'done');
  }

  /** Gives the open document a title ('' reads it from the text again). */
  setTitle(title: string): Promise<EditResult | null> {
    return this.edit(this.deps.client.setDocumentTitle({ documentId: this.documentId, title }));
  }

  setDocumentLabel(name: string, value: string | null): Promise<EditResult | null> {
    const documentId = this.documentId;
    return this.edit(this.deps.client.setDocumentLabel({ documentId, name, value }));
  }

  addStance(request: Omit<RequestOf<'addStance'>, 'documentId'>): Promise<EditResult | null> {
    return this.edit(this.deps.client.addStance({ documentId: this.documentId, ...request }));
  }

  updateStance(request: Omit<RequestOf<'updateStance'>, 'documentId'>): Promise<EditResult | null> {
    return this.edit(this.deps.client.updateStance({ documentId: this.documentId, ...request }));
  }

  deleteStance(stanceId: string): Promise<EditResult | null> {
    return this.edit(this.deps.client.deleteStance({ documentId: this.documentId, stanceId }));
  }

  undo(): Promise<EditResult | null> {
    return this.edit(this.deps.client.undo({}));
  }

  redo(): Promise<EditResult | null> {
    return this.edit(this.deps.client.redo({}));
  }
}
