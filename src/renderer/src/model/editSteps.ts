import {
  publicMethodKind,
  type HistoryState,
  type OpenSuggestions,
  type MethodKind,
  type PublicApi,
} from '../../../shared/contract';
import type { Span } from '../../../shared/model';
import { isRecord } from '../../../shared/collections';

type OpenSuggestion = OpenSuggestions['suggestions'][number];

/** What one undoable step did to one span of the open layer, as far as this window knows it. */
export interface SpanStep {
  readonly documentId: string;
  /** The span the step added (the drawn span until its save answers, then the saved one). */
  added?: Span;
  /** The span the step deleted. */
  readonly removed?: Span;
  /** A decision on a machine suggestion, in words ("accept GPE “Baghdad”"), and the one decided. */
  readonly decision?: { readonly said: string; readonly ghost: OpenSuggestion | null };
}

const WRITES: readonly MethodKind[] = ['edit', 'append'];

/** Read from the plain kinds table: the contract's schemas would bring zod into the first frame's bundle. */
function writes(method: string): boolean {
  const kind = publicMethodKind(method);
  return kind !== null && WRITES.includes(kind);
}

function historyOf(result: unknown): HistoryState | null {
  if (!isRecord(result) || !isRecord(result.history)) return null;
  const { canUndo, canRedo } = result.history;
  return typeof canUndo === 'boolean' && typeof canRedo === 'boolean' ? { canUndo, canRedo } : null;
}

/**
 * This window's copy of the workbench's undo and redo stacks, so an undo can be drawn before
 * its answer. Every write the window sends is seen here in the order it is sent (the workbench
 * runs edits in that order); a step the window cannot draw is kept as null. When the copy may
 * be wrong (an edit failed, an undo found nothing, the history was cleared) it is emptied: an
 * empty copy predicts nothing, and a wrong prediction is put right by the undo's own answer.
 */
export class EditSteps {
  private done: (SpanStep | null)[] = [];
  private undone: (SpanStep | null)[] = [];
  private tag: SpanStep | null = null;
  private writesSent = 0;
  private readonly revisits = new Set<(which: 'undo' | 'redo', step: SpanStep | null) => void>();

  /** Called once an undo or a redo has answered, with the step it undid or redid when known. */
  onDidRevisit(listener: (which: 'undo' | 'redo', step: SpanStep | null) => void): () => void {
    this.revisits.add(listener);
    return () => this.revisits.delete(listener);
  }

  /** Names what the next write does; call it just before sending that write, in the same task. */
  tagNext(step: SpanStep): void {
    this.tag = step;
  }

  /** How many writes this window has sent: a run of edits is one when nothing came between. */
  get sent(): number {
    return this.writesSent;
  }

  /** The step the next undo reverts, when this window knows it. */
  get undoable(): SpanStep | null {
    return this.done.at(-1) ?? null;
  }

  /** The step the next redo makes again, when this window knows it. */
  get redoable(): SpanStep | null {
    return this.undone.at(-1) ?? null;
  }

  /** The client every store uses, with each write recorded here (the reads are the client's own). */
  track(client: PublicApi): PublicApi {
    const tracked: PublicApi = Object.create(client);
    for (const method of Object.keys(client)) {
      const call: unknown = Reflect.get(client, method);
      if (!writes(method) || typeof call !== 'function') continue;
      const send: Call = (request, context) => Reflect.apply(call, client, [request, context]);
      Object.defineProperty(tracked, method, { value: this.wrap(method, send), enumerable: true });
    }
    return Object.freeze(tracked);
  }

  private wrap(method: string, call: Call): Call {
    return async (request, context) => {
      const which = method === 'undo' || method === 'redo' ? method : null;
      const step = which === 'undo' ? this.undoable : which === 'redo' ? this.redoable : null;
      this.sentWrite(method, request);
      const order = ++this.writesSent;
      try {
        const result = await call(request, context);
        this.answered(method, result, order === this.writesSent);
        if (which && result !== null) for (const listener of this.revisits) listener(which, step);
        return result;
      } catch (error) {
        this.forget(); // the workbench recorded nothing: the copy is one step off
        throw error;
      }
    };
  }

  private sentWrite(method: string, request: unknown): void {
    const tag = this.tag;
    this.tag = null;
    if (method === 'undo') this.undone.push(this.done.pop() ?? null);
    else if (method === 'redo') this.done.push(this.undone.pop() ?? null);
    // A choice that continues a run is recorded as part of the run's step.
    else if (isRecord(request) && request.continuesRun === true) this.undone = [];
    else {
      this.done.push(tag);
      this.undone = [];
    }
  }

  /** `latest`: no write was sent after this one (else its history is out of date: a later write's answer tells it). */
  private answered(method: string, result: unknown, latest: boolean): void {
    if ((method === 'undo' || method === 'redo') && result === null) return this.forget();
    const history = latest ? historyOf(result) : null;
    if (history && !history.canUndo) this.done = [];
    if (history && !history.canRedo) this.undone = [];
  }

  private forget(): void {
    this.done = [];
    this.undone = [];
  }
}

type Call = (request?: unknown, context?: unknown) => Promise<unknown>;
