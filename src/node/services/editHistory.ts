import type { DocumentStatus, Span } from '../../shared/model';

/** One undoable step: the spans and status of one layer before and after it. */
export interface Transaction {
  readonly documentId: string;
  readonly annotator: string;
  /** span id → the span before (null: it did not exist). */
  readonly before: ReadonlyMap<string, Span | null>;
  /** span id → the span after (null: it was removed). */
  readonly after: ReadonlyMap<string, Span | null>;
  readonly statusBefore: DocumentStatus;
  readonly statusAfter: DocumentStatus;
}

/** Undo and redo stacks of transactions; a new edit clears redo. */
export class EditHistory {
  private readonly done: Transaction[] = [];
  private readonly undone: Transaction[] = [];

  constructor(private readonly limit = 1000) {}

  record(step: Transaction): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  peekUndo(): Transaction | undefined {
    return this.done.at(-1);
  }

  peekRedo(): Transaction | undefined {
    return this.undone.at(-1);
  }

  /** Moves the last step to the redo stack after it has been reverted on disk. */
  commitUndo(): void {
    const step = this.done.pop();
    if (step) this.undone.push(step);
  }

  commitRedo(): void {
    const step = this.undone.pop();
    if (step) this.done.push(step);
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  get state(): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: this.done.length > 0, canRedo: this.undone.length > 0 };
  }
}

/** The same step backwards. */
export function invert(step: Transaction): Transaction {
  return { ...step, before: step.after, after: step.before, statusBefore: step.statusAfter, statusAfter: step.statusBefore };
}
