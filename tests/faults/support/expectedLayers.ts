import { isDeepStrictEqual } from 'node:util';
import type { EditResult } from '../../../src/shared/contract';
import type { DocumentStatus, Span } from '../../../src/shared/model';
import type { EditIntent } from './editorProtocol';

/** The spans and status of one layer, keyed by span id. */
export interface LayerState {
  readonly spans: ReadonlyMap<string, Span>;
  readonly status: DocumentStatus;
}

/** Document id → layer state: what is on disk, or what acknowledged edits imply. */
export type LayerStates = ReadonlyMap<string, LayerState>;

/** How to undo one step in one layer: the touched spans and the status as they were before. */
interface Inverse {
  readonly documentId: string;
  readonly spans: ReadonlyMap<string, Span | null>;
  readonly status: DocumentStatus;
}

/**
 * The state the acknowledged edits imply, with a mirror of the child's undo stack so an
 * acknowledged (or in-flight) undo can be predicted without trusting the child.
 */
export class ExpectedLayers {
  private states: Map<string, LayerState>;
  private undoStack: Inverse[][] = [];

  constructor(initial: LayerStates) {
    this.states = new Map(initial);
  }

  get current(): LayerStates {
    return this.states;
  }

  /** Applies one acknowledged edit (an undo pops the mirrored stack instead of trusting the child's report). */
  acknowledge(intent: EditIntent, result: EditResult | null): void {
    if (intent.op === 'undo') {
      const step = this.undoStack.pop();
      if (step) this.states = applyInverse(this.states, step);
      return;
    }
    if (!result) throw new Error(`edit ${intent.op} was acknowledged without a result`);
    const step: Inverse[] = [];
    const states = new Map(this.states);
    for (const change of result.changes) {
      const before = this.layer(change.documentId);
      const ids = [...change.upserted.map((s) => s.id), ...change.removed];
      step.push({
        documentId: change.documentId,
        spans: new Map(ids.map((id) => [id, before.spans.get(id) ?? null])),
        status: before.status,
      });
      const spans = new Map(before.spans);
      for (const span of change.upserted) spans.set(span.id, span);
      for (const id of change.removed) spans.delete(id);
      states.set(change.documentId, { spans, status: change.status });
    }
    this.undoStack.push(step);
    this.states = states;
  }

  /** A new child starts with an empty undo history; the expected state becomes what is on disk (already checked). */
  restart(onDisk: LayerStates): void {
    this.states = new Map(onDisk);
    this.undoStack = [];
  }

  /** Null when `disk` equals the expected state, or the expected state plus the in-flight edit; else why not. */
  mismatch(disk: LayerStates, inFlight: EditIntent | null): string | null {
    const exact = differences(this.states, disk);
    if (exact.length === 0) return null;
    if (!inFlight) return exact.join('; ');
    if (inFlight.op === 'undo') {
      const step = this.undoStack.at(-1);
      return step && differences(applyInverse(this.states, step), disk).length === 0
        ? null
        : `${exact.join('; ')} (in flight: undo)`;
    }
    const others = exact.filter((d) => !d.startsWith(`${inFlight.documentId}:`));
    const applied = disk.get(inFlight.documentId);
    if (
      others.length === 0 &&
      applied &&
      inFlightApplied(this.layer(inFlight.documentId), applied, inFlight)
    )
      return null;
    return `${exact.join('; ')} (in flight: ${JSON.stringify(inFlight)})`;
  }

  private layer(documentId: string): LayerState {
    return this.states.get(documentId) ?? { spans: new Map(), status: 'todo' };
  }
}

function applyInverse(states: LayerStates, step: readonly Inverse[]): Map<string, LayerState> {
  const next = new Map(states);
  for (const inverse of step) {
    const spans = new Map(next.get(inverse.documentId)?.spans ?? []);
    for (const [id, span] of inverse.spans) {
      if (span) spans.set(id, span);
      else spans.delete(id);
    }
    next.set(inverse.documentId, { spans, status: inverse.status });
  }
  return next;
}

/** One line per document whose layer differs, prefixed with the document id. */
export function differences(expected: LayerStates, disk: LayerStates): string[] {
  const out: string[] = [];
  for (const id of new Set([...expected.keys(), ...disk.keys()])) {
    const a = expected.get(id) ?? { spans: new Map(), status: 'todo' };
    const b = disk.get(id) ?? { spans: new Map(), status: 'todo' };
    if (a.status !== b.status) out.push(`${id}: status ${b.status}, expected ${a.status}`);
    const missing = [...a.spans.keys()].filter((s) => !b.spans.has(s));
    const extra = [...b.spans.keys()].filter((s) => !a.spans.has(s));
    const changed = [...a.spans.keys()].filter(
      (s) => b.spans.has(s) && !isDeepStrictEqual(a.spans.get(s), b.spans.get(s)),
    );
    if (missing.length) out.push(`${id}: acknowledged spans missing ${missing.join(',')}`);
    if (extra.length) out.push(`${id}: unexpected spans ${extra.join(',')}`);
    if (changed.length) out.push(`${id}: spans differ ${changed.join(',')}`);
  }
  return out;
}

/** Whether `after` is `before` with exactly the in-flight edit applied (new ids and timestamps cannot be predicted). */
function inFlightApplied(
  before: LayerState,
  after: LayerState,
  intent: Exclude<EditIntent, { op: 'undo' }>,
): boolean {
  const same = (id: string): boolean =>
    isDeepStrictEqual(before.spans.get(id), after.spans.get(id));
  const othersSame = (except: string | null): boolean =>
    [...before.spans.keys()].every((id) => id === except || same(id)) &&
    [...after.spans.keys()].every((id) => id === except || before.spans.has(id));
  switch (intent.op) {
    case 'status':
      return after.status === intent.status && othersSame(null);
    case 'delete':
      return (
        !after.spans.has(intent.spanId) &&
        after.status === before.status &&
        othersSame(intent.spanId)
      );
    case 'update': {
      const span = after.spans.get(intent.spanId);
      const old = before.spans.get(intent.spanId);
      // Like an added span, an edited one marks a 'todo' document in progress.
      const status = before.status === 'todo' ? 'in_progress' : before.status;
      if (!span || !old || !othersSame(intent.spanId) || after.status !== status) return false;
      const note = intent.note === undefined ? old.note : intent.note || undefined;
      return isDeepStrictEqual(
        { ...span, updatedAt: '' },
        withNote({ ...old, label: intent.label ?? old.label, updatedAt: '' }, note),
      );
    }
    case 'add': {
      const added = [...after.spans.values()].filter((s) => !before.spans.has(s.id));
      const status = before.status === 'todo' ? 'in_progress' : before.status;
      const [span] = added;
      if (added.length !== 1 || !span || after.status !== status || !othersSame(span.id))
        return false;
      return (
        span.label === intent.label &&
        isDeepStrictEqual(span.fragments, intent.fragments) &&
        span.note === intent.note
      );
    }
  }
}

function withNote(span: Span, note: string | undefined): Span {
  const { note: _old, ...rest } = span;
  return note ? { ...rest, note } : rest;
}
