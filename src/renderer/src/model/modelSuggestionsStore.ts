import { countOf } from '../../../shared/text';
import type {
  OpenSuggestions,
  PublicApi,
  SuggestionPrecision,
  SuggestResult,
} from '../../../shared/contract';
import { MODEL_ANNOTATOR } from '../../../shared/contract/suggestNames';
import type { Span } from '../../../shared/model';
import { fragmentOf } from '../../../shared/spans';
import type { DocumentStore } from './documentStore';
import type { EditSteps, SpanStep } from './editSteps';
import type { NotificationsStore } from './notificationsStore';
import type { SelectionStore } from './selectionStore';
import { spanText } from './spanText';
import { Store } from './store';

/** One open suggestion of a machine layer, drawn as a ghost span. */
export type ModelSuggestion = OpenSuggestions['suggestions'][number];

/** What tells a suggestion from every other of the document: its layer and its id there. */
export function suggestionKey(s: ModelSuggestion): string {
  return `${s.as ?? MODEL_ANNOTATOR}\u0000${s.id}`;
}

/**
 * Who suggested it, as the window says it: the model Loupe learns, or the model whose
 * predictions were imported (its layer, named after its `model_version`).
 * @example suggesterOf({ ...ghost, as: 'ner-v2' }) === 'ner-v2'
 */
export function suggesterOf(s: ModelSuggestion): string {
  return s.as === undefined || s.as === MODEL_ANNOTATOR ? 'the model' : s.as;
}

/** The suggestion's layer, for a decision on it. */
function layerOf(s: ModelSuggestion): { as?: string } {
  return s.as === undefined ? {} : { as: s.as };
}

/** How far a running suggest has come. */
export interface SuggestRun {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

export interface ModelSuggestionsState {
  /** Open suggestions of the open document the user has not already annotated the same way. */
  readonly list: readonly ModelSuggestion[];
  /** The ghost under the cursor, by {@link suggestionKey}. */
  readonly selected: string | null;
  readonly running: SuggestRun | null;
  readonly last: SuggestResult | null;
  /** Per label, accepted / (accepted + rejected) across the project, once loaded. */
  readonly precision: SuggestionPrecision | null;
}

const POLL_MS = 250;

function annotatedAlready(s: ModelSuggestion, spans: readonly Span[]): boolean {
  return spans.some(
    (span) =>
      span.label === s.label &&
      span.fragments.length === 1 &&
      span.fragments[0]?.start === s.start &&
      span.fragments[0].end === s.end,
  );
}

/**
 * The machine annotators' suggestions for the open document (ghost spans: the model's and
 * those of models whose predictions were imported), the one under the cursor, and the
 * decisions on it, in the layer it came from: accept (a copy into the user's layer), reject, accept all
 * of a label; and running the learner in the background with progress and cancel.
 */
export class ModelSuggestionsStore extends Store<ModelSuggestionsState> {
  private fetched: readonly ModelSuggestion[] = [];
  private shown: { id: string | null; spans: readonly Span[] | null } = { id: null, spans: null };
  /** The ghost an undone decision brought back: the cursor goes on it once it shows. */
  private returning: string | null = null;

  constructor(
    private readonly client: PublicApi,
    private readonly document: DocumentStore,
    private readonly selection: SelectionStore,
    private readonly notifications: NotificationsStore,
    /** Tells screen readers what a decision did (the ghost it took goes from the text unsaid). */
    private readonly announce: (text: string) => void = () => undefined,
    /** The window's undo history: a decision is named in it, and its undo brings the ghost back. */
    private readonly steps?: EditSteps,
  ) {
    super({ list: [], selected: null, running: null, last: null, precision: null });
    // An undone rejection changes only the machine layer: the document's spans do not tell of it.
    steps?.onDidRevisit((which, step) => this.revisited(which, step));
    document.onDidChange(() => this.documentChanged());
    selection.onDidChange(() => {
      const s = selection.snapshot;
      if (this.snapshot.selected && (s.selectedId || s.pending || s.suggestion !== null))
        this.patch({ selected: null });
    });
  }

  /** A new document: read its suggestions; the same one with other spans: hide what the user now has. */
  private documentChanged(): void {
    const { document, spans } = this.document.snapshot;
    const id = document?.id ?? null;
    if (id === this.shown.id && spans === this.shown.spans) return;
    const moved = id !== this.shown.id;
    this.shown = { id, spans };
    if (!moved) return this.filter();
    this.fetched = [];
    this.patch({ list: [], selected: null });
    this.refresh().catch(this.notifications.report);
  }

  /** Reads the open document's suggestions again. */
  async refresh(): Promise<void> {
    const id = this.document.snapshot.document?.id;
    if (!id) return this.patch({ list: [], selected: null });
    const { suggestions } = await this.client.listSuggestions({ documentId: id });
    if (this.document.snapshot.document?.id !== id) return;
    this.fetched = suggestions;
    this.filter();
  }

  private filter(): void {
    const { spans } = this.document.snapshot;
    const list = this.fetched.filter((s) => !annotatedAlready(s, spans));
    const shown = (key: string | null) => list.some((s) => suggestionKey(s) === key);
    const back = shown(this.returning) ? this.returning : null;
    if (back) this.returning = null;
    const selected = back ?? (shown(this.snapshot.selected) ? this.snapshot.selected : null);
    if (back) {
      this.selection.select(null);
      this.selection.selectRange(null, null);
    }
    // Nothing fetched, nothing shown: an edit leaves the state as it is, and what shows it unrendered.
    if (list.length === 0 && this.snapshot.list.length === 0 && selected === this.snapshot.selected)
      return;
    this.patch({ list, selected });
  }

  /**
   * After an undo or redo the suggestions are read again; an undone decision brings its ghost
   * back at once, under the cursor, before the undo is said.
   */
  private revisited(which: 'undo' | 'redo', step: SpanStep | null): void {
    const ghost = which === 'undo' ? step?.decision?.ghost : null;
    if (ghost && step?.documentId === this.document.snapshot.document?.id) {
      const key = suggestionKey(ghost);
      this.fetched = [...this.fetched.filter((s) => suggestionKey(s) !== key), ghost];
      this.returning = key;
      this.filter();
    }
    // Only a decision, or a step this window did not see with suggestions shown, can change
    // them: an ordinary span's undo is not worth a read of every layer.
    if (step?.decision || (step === null && this.fetched.length > 0))
      this.refresh().catch(this.notifications.report);
  }

  /** Names the next write in the undo history: "accept GPE “Baghdad”". */
  private tagDecision(documentId: string, said: string, ghost: ModelSuggestion | null): void {
    this.steps?.tagNext({ documentId, decision: { said, ghost } });
  }

  /** Puts the cursor on a ghost (by index in the list); other selections are cleared. */
  select(index: number | null): void {
    const ghost = index === null ? null : this.snapshot.list[index];
    if (ghost) {
      this.selection.select(null);
      this.selection.selectRange(null, null);
    }
    this.patch({ selected: ghost ? suggestionKey(ghost) : null });
  }

  /** Moves the cursor to the next (1) or previous (-1) ghost in text order, wrapping. */
  move(step: 1 | -1): void {
    const { list, selected } = this.snapshot;
    if (list.length === 0) return;
    const ordered = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    const at = ordered.findIndex((s) => suggestionKey(s) === selected);
    const next =
      at < 0
        ? step === 1
          ? 0
          : ordered.length - 1
        : (at + step + ordered.length) % ordered.length;
    const ghost = ordered[next];
    if (ghost) this.select(list.indexOf(ghost));
  }

  get underCursor(): ModelSuggestion | null {
    return this.snapshot.list.find((s) => suggestionKey(s) === this.snapshot.selected) ?? null;
  }

  /** Accepts the ghost under the cursor: it becomes the user's span, with provenance. */
  async accept(): Promise<void> {
    const ghost = this.underCursor;
    const documentId = this.document.snapshot.document?.id;
    if (!ghost || !documentId) return;
    this.afterDecision(ghost);
    this.tagDecision(documentId, `accept ${this.said(ghost)}`, ghost);
    const done = await this.document.edit(
      this.client.acceptSuggestion({ documentId, spanId: ghost.id, ...layerOf(ghost) }),
    );
    await this.refresh();
    if (done) this.announce(`Accepted ${this.said(ghost)}. ${this.nextSaid()}`);
  }

  /** Rejects the ghost under the cursor (remembered in the machine layer). */
  async reject(): Promise<void> {
    const ghost = this.underCursor;
    const documentId = this.document.snapshot.document?.id;
    if (!ghost || !documentId) return;
    this.afterDecision(ghost);
    this.tagDecision(documentId, `reject ${this.said(ghost)}`, ghost);
    const done = await this.document.edit(
      this.client.rejectSuggestion({ documentId, spanId: ghost.id, ...layerOf(ghost) }),
    );
    await this.refresh();
    if (done) this.announce(`Rejected ${this.said(ghost)}. ${this.nextSaid()}`);
  }

  /** Accepts every open ghost of its model with the label of the one under the cursor, in this document. */
  async acceptLabel(): Promise<void> {
    const ghost = this.underCursor;
    const documentId = this.document.snapshot.document?.id;
    if (!ghost || !documentId) return;
    const count = this.snapshot.list.filter(
      (s) => s.label === ghost.label && s.as === ghost.as,
    ).length;
    this.patch({ selected: null });
    this.tagDecision(documentId, `accept ${countOf(count, `${ghost.label} suggestion`)}`, null);
    const done = await this.document.edit(
      this.client.acceptSuggestionsOfLabel({ documentId, label: ghost.label, ...layerOf(ghost) }),
    );
    await this.refresh();
    if (done)
      this.announce(
        `Accepted ${countOf(count, `${ghost.label} suggestion`)}. ${countOf(this.snapshot.list.length, 'suggestion')} left in this document`,
      );
  }

  /** A ghost's label and text: GPE “Baghdad”. */
  private said(ghost: ModelSuggestion): string {
    const text = this.document.snapshot.document?.text ?? '';
    return `${ghost.label} “${spanText(text, { fragments: [fragmentOf(ghost.start, ghost.end)] })}”`;
  }

  /** Where the cursor went after a decision: the next ghost, or none left. */
  private nextSaid(): string {
    const next = this.underCursor;
    return next ? `Next: ${this.said(next)}` : 'No suggestions left in this document';
  }

  /** Moves the cursor on to the next ghost before the decided one leaves the list. */
  private afterDecision(ghost: ModelSuggestion): void {
    this.move(1);
    const key = suggestionKey(ghost);
    if (this.snapshot.selected === key) this.patch({ selected: null });
    this.fetched = this.fetched.filter((s) => suggestionKey(s) !== key);
    this.filter();
  }

  /** Runs the learner on the user's own spans in the background, polling its progress. */
  async suggest(): Promise<void> {
    if (this.snapshot.running) return;
    this.patch({ running: { phase: 'starting', done: 0, total: 0 } });
    const timer = setInterval(() => {
      this.client
        .suggestProgress({})
        .then((p) => {
          if (p.running && this.snapshot.running)
            this.patch({
              running: { phase: p.phase ?? 'starting', done: p.done ?? 0, total: p.total ?? 0 },
            });
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      const last = await this.client.suggest({});
      this.patch({ last });
      this.notifications.notify(
        `Suggested ${countOf(last.suggested.spans, 'span')} in ${countOf(last.suggested.documents, 'document')}, learned from ${last.trainedOn.documents}`,
      );
      await this.refresh();
    } catch (error) {
      this.notifications.report(error);
    } finally {
      clearInterval(timer);
      this.patch({ running: null });
    }
  }

  /** Reads how the annotators decided on suggestions, per label. */
  async loadPrecision(): Promise<void> {
    this.patch({ precision: await this.client.suggestionPrecision({}) });
  }

  /** Stops the running suggest; nothing is written. */
  cancel(): void {
    this.client.cancelSuggest({}).catch(this.notifications.report);
  }
}
