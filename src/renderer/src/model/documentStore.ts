import type { EditResult, HistoryState, PublicApi, RequestOf } from '../../../shared/contract';
import type { DocumentStatus, Span } from '../../../shared/model';
import type { Fragment } from '../../../shared/spans';
import type { AnnouncementsStore } from './announcementsStore';
import type { DocumentsStore } from './documentsStore';
import type { EditSteps, SpanStep } from './editSteps';
import type { EntitiesStore } from './entitiesStore';
import { notRemovedAfterAll, takeBack, withoutDrawn, type Drawn } from './drawnEdit';
import type { FrameDraws } from './frameDraws';
import { sayWhenDone, type LayerBefore } from './historySaid';
import type { NotificationsStore } from './notificationsStore';
import type { ProjectStore } from './projectStore';
import { LatestOpen } from './latestOpen';
import { isProvisional, provisionalSpan } from './provisionalSpan';
import { refusedLayerNotice } from './refusedLayerNotice';
import { Store } from './store';
import { EMPTY_DOCUMENT as EMPTY, openedState, type DocumentState } from './documentState';
import { withLayerChange } from './withLayerChange';

export { documentIdOf, openedDocument, type DocumentState } from './documentState';

export interface DocumentStoreDeps {
  readonly client: PublicApi;
  readonly notifications: NotificationsStore;
  readonly documents: DocumentsStore;
  readonly entities: () => EntitiesStore;
  readonly project: ProjectStore;
  /** The window's copy of the undo history (absent: undo is drawn when it answers). */
  readonly steps?: EditSteps;
  /** Where an edit's drawing waits for its answer or the next frame (absent: drawn at once). */
  readonly frames?: FrameDraws;
  /** Where screen readers hear what an undo or redo did (absent: nothing is said). */
  readonly announcements?: AnnouncementsStore;
}

type SpanPatch = Omit<RequestOf<'updateSpan'>, 'documentId' | 'spanId'>;

/** The history once an edit on its way is recorded: it can be undone, and nothing can be redone. */
const AFTER_EDIT: HistoryState = { canUndo: true, canRedo: false };

/** Opens documents and routes every edit through the workbench; edit results keep it current. */
export class DocumentStore extends Store<DocumentState> {
  /** Spans a delete took from the view before its answer: an earlier edit's answer does not bring them back. */
  private readonly hidden = new Set<string>();

  private withoutHidden(spans: readonly Span[]): readonly Span[] {
    if (this.hidden.size === 0 || !spans.some((s) => this.hidden.has(s.id))) return spans;
    return spans.filter((s) => !this.hidden.has(s.id));
  }

  /** Drawn spans whose add is on its way: the saved span's id (null if the add failed). */
  private readonly saving = new Map<string, Promise<string | null>>();

  private readonly opening = new LatestOpen();

  constructor(private readonly deps: DocumentStoreDeps) {
    super(EMPTY);
  }

  private get documentId(): string {
    return this.snapshot.document?.id ?? '';
  }

  /** Opens a document; of several asked for before they arrive, the last asked for is shown. */
  open(documentId: string): Promise<void> {
    const fetch = () => this.deps.client.openDocument({ documentId });
    return this.opening.run(documentId, fetch, (opened) => this.set(openedState(opened)));
  }

  /** Opens a document, reporting a failure. */
  readonly show = (documentId: string): void => {
    this.open(documentId).catch(this.deps.notifications.report);
  };

  /** Reads the open document again (files changed underneath, a review wrote gold). */
  async reopen(): Promise<void> {
    const id = this.opening.pending ?? this.snapshot.document?.id;
    if (id) await this.open(id);
  }

  /** Takes in any edit's result: this layer, the document list, entities, the project. */
  async absorb(result: EditResult | null, drawn?: Drawn): Promise<EditResult | null> {
    if (!result) return null;
    const here = this.documentId;
    if (drawn?.removed) this.hidden.delete(drawn.removed.id);
    const base = drawn ? withoutDrawn(this.snapshot, drawn) : this.snapshot;
    let next: DocumentState = { ...base, history: result.history };
    for (const change of result.changes) {
      if (change.documentId === here)
        next = withLayerChange(next, change, (spans) => this.withoutHidden(spans));
      this.deps.documents.applyChange(change);
    }
    this.set(drawn ? notRemovedAfterAll(next, drawn, result) : next);
    drawn?.settled?.(result.changes[0]?.upserted[0]?.id ?? null);
    const [first] = result.changes;
    if (first && !result.changes.some((c) => c.documentId === here))
      await this.open(first.documentId);
    await this.deps.entities().afterEdit(result); // the registry, the mentions open
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
   * failure is reported and answers null. `onTurn` runs once the earlier answers are in, just
   * before this one is taken in: the layer as the workbench had it when it ran this edit.
   */
  readonly edit = (
    call: Promise<EditResult | null>,
    drawn?: Drawn | null,
    onTurn?: () => void,
  ): Promise<EditResult | null> => {
    const previous = this.absorbed;
    const next = (async () => {
      const answer = await call.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      await previous;
      onTurn?.();
      // The answer came before the frame: the change is drawn with it, in the same update.
      this.deps.frames?.flush();
      try {
        if ('error' in answer) throw answer.error;
        if (answer.result === null && drawn) this.takeBack(drawn); // nothing to undo after all
        return await this.absorb(answer.result, drawn ?? undefined);
      } catch (error) {
        if (drawn) this.takeBack(drawn);
        this.patch({ notice: refusedLayerNotice(error, this.documentId) ?? this.snapshot.notice });
        this.deps.notifications.report(error);
        return null;
      }
    })();
    this.absorbed = next;
    return next;
  };

  /** A drawn edit failed: the view goes back to what is saved (nothing unsaved looks saved). */
  private takeBack(drawn: Drawn): void {
    if (drawn.removed) this.hidden.delete(drawn.removed.id);
    if (this.documentId === drawn.documentId) this.set(takeBack(this.snapshot, drawn));
    drawn.settled?.(null);
  }

  /**
   * Adds a span, drawn at once as unsaved. `drawn` hears the drawn span's id; what it answers
   * hears the saved span's id (null: not saved) in the same update that replaces the drawn one,
   * to move a selection from one to the other without a redraw in between.
   */
  addSpan(
    label: string,
    fragments: Fragment[],
    entityId?: string,
    drawn?: (drawnId: string) => (savedId: string | null) => void,
  ): Promise<EditResult | null> {
    this.drawWaiting();
    const documentId = this.documentId;
    const entity = entityId ? { entityId } : {};
    const author = this.deps.project.snapshot.settings?.annotator ?? '';
    const added = provisionalSpan(label, fragments, author, entityId);
    const step: SpanStep = { documentId, added };
    this.deps.steps?.tagNext(step);
    const call = this.deps.client.addSpan({ documentId, label, fragments, ...entity });
    let settled: ((savedId: string | null) => void) | undefined;
    this.alongside(() => {
      if (this.documentId !== documentId) return;
      const { spans, unsaved } = this.snapshot;
      // Undo may be pressed before the answer: the workbench runs it after this edit, which it then undoes.
      this.patch({
        spans: [...spans, added],
        unsaved: new Set([...unsaved, added.id]),
        history: AFTER_EDIT,
      });
      settled = drawn?.(added.id);
    });
    const result = this.edit(call, { documentId, added, settled: (id) => settled?.(id) });
    const saved = result.then((r) => {
      const span = r?.changes[0]?.upserted[0];
      if (span) step.added = span; // an undo of this step removes the saved span
      return span?.id ?? null;
    });
    this.saving.set(added.id, saved);
    void saved.then(() => this.saving.delete(added.id));
    return result;
  }

  /**
   * Draws what an edit changes in the view (and what goes with it, such as the selection) with
   * its answer when that comes before the next frame, else in that frame (see FrameDraws).
   */
  readonly alongside = (draw: () => void): void => {
    if (this.deps.frames) this.deps.frames.defer(draw);
    else draw();
  };

  /** Edits still waiting for their frame are drawn before a new edit reads the view. */
  drawWaiting(): void {
    this.deps.frames?.flush();
  }

  /** A span's saved id: at once for a saved span, after its save for one drawn ahead (null: not saved). */
  savedId(spanId: string): Promise<string | null> {
    return this.saving.get(spanId) ?? Promise.resolve(spanId);
  }

  /** An edit of a span drawn but not saved yet waits for its save and goes to the saved span. */
  private afterSave(
    spanId: string,
    edit: (savedId: string) => Promise<EditResult | null>,
  ): Promise<EditResult | null> | null {
    const saved = this.saving.get(spanId);
    return saved ? saved.then((id) => (id ? edit(id) : null)) : null;
  }

  updateSpan(spanId: string, patch: SpanPatch): Promise<EditResult | null> {
    this.drawWaiting();
    const later = this.afterSave(spanId, (id) => this.updateSpan(id, patch));
    if (later) return later;
    return this.edit(
      this.deps.client.updateSpan({ documentId: this.documentId, spanId, ...patch }),
    );
  }

  /** Deletes a span: it goes from the view at once and comes back if the delete fails. */
  deleteSpan(spanId: string): Promise<EditResult | null> {
    this.drawWaiting();
    const later = this.afterSave(spanId, (id) => this.deleteSpan(id));
    if (later) return later;
    const documentId = this.documentId;
    const removed = this.snapshot.spans.find((s) => s.id === spanId);
    if (removed) this.deps.steps?.tagNext({ documentId, removed });
    const call = this.deps.client.deleteSpan({ documentId, spanId });
    if (!removed) return this.edit(call);
    this.hidden.add(spanId);
    this.alongside(() => {
      if (this.documentId !== documentId) return;
      const spans = this.snapshot.spans.filter((s) => s.id !== spanId);
      this.patch({ spans, history: AFTER_EDIT });
    });
    return this.edit(call, { documentId, removed });
  }

  async addRelation(from: string, to: string, type: string): Promise<EditResult | null> {
    const documentId = this.documentId;
    const [a, b] = await Promise.all([this.savedId(from), this.savedId(to)]);
    if (!a || !b) return null; // an end's add failed, and said so
    return this.edit(this.deps.client.addRelation({ documentId, from: a, to: b, type }));
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

  /** Sets a document label; `continuesRun`: in one undo step with the choice before (LabelRuns). */
  setDocumentLabel(name: string, value: string | null, continuesRun = false) {
    const run = continuesRun ? { continuesRun } : {};
    const documentId = this.documentId;
    return this.edit(this.deps.client.setDocumentLabel({ documentId, name, value, ...run }));
  }

  async addStance(request: Omit<RequestOf<'addStance'>, 'documentId'>): Promise<EditResult | null> {
    const documentId = this.documentId;
    // Spans drawn ahead of their save (evidence, a holder) go in by their saved ids.
    const { holder } = request;
    const ids = [...request.evidence, ...(holder?.kind === 'span' ? [holder.spanId] : [])];
    const saved = await Promise.all(ids.map((id) => this.savedId(id)));
    const known = saved.filter((id): id is string => id !== null);
    if (known.length < saved.length) return null; // a span's add failed, and said so
    const evidence = known.slice(0, request.evidence.length);
    const holderSpan = known[request.evidence.length];
    return this.edit(
      this.deps.client.addStance({
        documentId,
        ...request,
        evidence,
        ...(holder?.kind === 'span' && holderSpan
          ? { holder: { ...holder, spanId: holderSpan } }
          : {}),
      }),
    );
  }

  updateStance(request: Omit<RequestOf<'updateStance'>, 'documentId'>): Promise<EditResult | null> {
    return this.edit(this.deps.client.updateStance({ documentId: this.documentId, ...request }));
  }

  deleteStance(stanceId: string): Promise<EditResult | null> {
    return this.edit(this.deps.client.deleteStance({ documentId: this.documentId, stanceId }));
  }

  /** Undoes the last step; one that added or deleted a span here is drawn at once, as a delete or an add is. */
  undo(): Promise<EditResult | null> {
    this.drawWaiting();
    const step = this.deps.steps?.undoable ?? null;
    const call = this.deps.client.undo({});
    const drawn = step ? this.drawUndo(step) : null;
    // An undo drawn ahead of its answer can be redone at once, as a redo drawn ahead can be undone.
    if (drawn)
      this.alongside(() => this.patch({ history: { ...this.snapshot.history, canRedo: true } }));
    return this.said('undo', step, call, drawn);
  }

  /**
   * Runs an undo or redo; once it is done, screen readers hear what it undid or redid. The
   * labels and status it is said against are those the earlier answers left (a label's save may
   * still be on its way when Ctrl+Z is pressed), not those the window showed at the key.
   */
  private said(
    which: 'undo' | 'redo',
    step: SpanStep | null,
    call: Promise<EditResult | null>,
    drawn: Drawn | null,
  ): Promise<EditResult | null> {
    const known = step?.documentId === this.documentId ? step : null;
    const text = this.snapshot.document?.text;
    let before: LayerBefore | undefined;
    const answer = this.edit(call, drawn, () => {
      const { documentLabels, status } = this.snapshot;
      before = { documentId: this.documentId, documentLabels, status };
    });
    return sayWhenDone(this.deps.announcements, which, known, answer, text, () => before);
  }

  /** Draws the undo of `step` in the view; null when it cannot be drawn (another document, a save on its way). */
  private drawUndo(step: SpanStep): Drawn | null {
    if (step.documentId !== this.documentId) return null;
    const added = step.added;
    if (added && !isProvisional(added.id)) return this.drawGone(added.id);
    return step.removed ? this.drawBack(step.removed) : null;
  }

  /** Redoes the last undone step; one that added or deleted a span here is drawn at once, as its undo was. */
  redo(): Promise<EditResult | null> {
    this.drawWaiting();
    const step = this.deps.steps?.redoable ?? null;
    const call = this.deps.client.redo({});
    const drawn = step ? this.drawRedo(step) : null;
    // A redo drawn ahead of its answer can be undone at once, as an edit drawn ahead can.
    if (drawn)
      this.alongside(() => this.patch({ history: { ...this.snapshot.history, canUndo: true } }));
    return this.said('redo', step, call, drawn);
  }

  /** Draws the redo of `step`: a delete takes the span away again, an add brings the saved span back. */
  private drawRedo(step: SpanStep): Drawn | null {
    if (step.documentId !== this.documentId) return null;
    if (step.removed) return this.drawGone(step.removed.id);
    return step.added ? this.drawBack(step.added) : null;
  }

  /** Takes a span from the view ahead of the answer that removes it. */
  private drawGone(spanId: string): Drawn | null {
    const documentId = this.documentId;
    const removed = this.snapshot.spans.find((s) => s.id === spanId);
    if (!removed) return null;
    this.hidden.add(removed.id);
    this.alongside(() => {
      if (this.documentId !== documentId) return;
      this.patch({ spans: this.snapshot.spans.filter((s) => s.id !== spanId) });
    });
    return { documentId, removed };
  }

  /** Draws a saved span back, unsaved, ahead of the answer that restores it. */
  private drawBack(span: Span): Drawn | null {
    const documentId = this.documentId;
    if (isProvisional(span.id) || this.snapshot.spans.some((s) => s.id === span.id)) return null;
    this.alongside(() => {
      const { spans, unsaved } = this.snapshot;
      if (this.documentId !== documentId || spans.some((s) => s.id === span.id)) return;
      this.patch({ spans: [...spans, span], unsaved: new Set([...unsaved, span.id]) });
    });
    return { documentId, added: span };
  }
}
