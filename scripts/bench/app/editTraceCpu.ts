/** A trace event as Chromium writes it (the fields the edit's CPU figures read). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { name?: string; data?: { type?: string } };
}

/** One edit's main-thread CPU (ms of thread time, not wall time: robust under load). */
export interface EditCpu {
  /** The task of the key that made the edit (its event and every microtask after it). */
  readonly keyTask: number;
  /** Every task from the key to the painted frame in which the change was seen saved. */
  readonly untilSeen: number;
  /**
   * The same without the key's handler: its listeners and the microtasks run in them (sending
   * the edit, waiting for the host and, when the answer came within the wait, drawing the
   * change). What is left is the change drawn in a frame (a late answer) and rendering frames.
   */
  readonly drawing: number;
  /**
   * Every task from the key to the end of the first frame painted after it, without the key's
   * handler (as {@link drawing}): the first frame's own cost, with the change drawn in it when
   * the answer was late.
   */
  readonly toFirstFrame: number;
  /** Every task in the 300 ms after that frame, up to the next key: what the edit left for later. */
  readonly after: number;
  /** {@link untilSeen} by kind of work: thread ms per {@link PART_OF} part, the rest as `other`. */
  readonly parts: Readonly<Record<string, number>>;
}

/** Which part of the work a trace event's own time is; an event not named here is its enclosing event's part. */
const PART_OF: Readonly<Record<string, string>> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  'v8.run': 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  // The browser working out which paragraphs are near the screen (content-visibility) again.
  'IntersectionObserverController::computeIntersections': 'intersections',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
};

/**
 * Thread ms of each part between `from` and `to`: an event's own time (without the events inside
 * it) goes to its part, or to its nearest enclosing event's part (a layout forced by a script is
 * layout, the script around it script); `other` is the rest of `total`.
 */
function partsOf(
  own: readonly TraceEvent[],
  from: number,
  to: number,
  total: number,
): Record<string, number> {
  const parts: Record<string, number> = {};
  const open: { end: number; part: string | undefined; inner: number; time: number }[] = [];
  const close = (): void => {
    const event = open.pop();
    if (!event) return;
    const mine = Math.max(0, event.time - event.inner);
    const part = event.part ?? open.findLast((e) => e.part)?.part;
    if (part) parts[part] = (parts[part] ?? 0) + mine / 1000;
    const parent = open.at(-1);
    if (parent) parent.inner += event.time;
  };
  for (const event of own) {
    if (event.ts < from || event.ts >= to) continue;
    while ((open.at(-1)?.end ?? Infinity) <= event.ts) close();
    const time = event.tdur ?? event.dur ?? 0;
    open.push({ end: event.ts + (event.dur ?? 0), part: PART_OF[event.name], inner: 0, time });
  }
  while (open.length > 0) close();
  const counted = Object.values(parts).reduce((a, b) => a + b, 0);
  parts.other = Math.max(0, total - counted);
  return parts;
}

/** How long after the seen frame the work an edit left for later is counted. */
const AFTER_US = 300_000;

function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const named = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  // The page's renderer is the busiest one (an about:blank renderer may be named too).
  let best = { pid: -1, tid: -1, tasks: -1 };
  for (const thread of named) {
    const tasks = events.filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask',
    ).length;
    if (tasks > best.tasks) best = { pid: thread.pid, tid: thread.tid, tasks };
  }
  return best;
}

function threadMs(tasks: readonly TraceEvent[], from: number, to: number): number {
  let us = 0;
  for (const task of tasks) if (task.ts >= from && task.ts < to) us += task.tdur ?? task.dur ?? 0;
  return us / 1000;
}

/**
 * The main thread's CPU for each edit of a traced page: `keys` are the indexes (among the
 * page's keydown events, in order) of the keys that made an edit, and `seenMs` how long after
 * each the change was seen saved (the probe's figure, from the key's handler).
 */
export function editCpu(
  events: readonly TraceEvent[],
  keys: readonly number[],
  seenMs: readonly number[],
): EditCpu[] {
  const { pid, tid } = mainThread(events);
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0)); // an enclosing event first
  const tasks = own.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const commits = own.filter((e) => e.name === 'Commit').sort((a, b) => a.ts - b.ts);
  const keyDowns = own
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const figures: EditCpu[] = [];
  for (const [i, at] of keys.entries()) {
    const key = keyDowns[at];
    if (!key) throw new Error(`the trace has no keydown ${at} (${keyDowns.length} in all)`);
    const task = tasks.findLast((t) => t.ts <= key.ts);
    const start = task?.ts ?? key.ts;
    const seen = key.ts + (seenMs[i] ?? 0) * 1000;
    const nextKey = keyDowns[at + 1]?.ts ?? Infinity;
    const untilSeen = threadMs(tasks, start, seen);
    const handler = (key.tdur ?? key.dur ?? 0) / 1000;
    const frame = commits.find((c) => c.ts > key.ts + (key.dur ?? 0));
    const frameEnd = frame ? frame.ts + (frame.dur ?? 0) : start;
    figures.push({
      toFirstFrame: threadMs(tasks, start, frameEnd) - handler,
      keyTask: (task?.tdur ?? 0) / 1000,
      untilSeen,
      drawing: untilSeen - handler,
      after: threadMs(tasks, seen, Math.min(seen + AFTER_US, nextKey)),
      parts: partsOf(own, start, seen, untilSeen),
    });
  }
  return figures;
}
