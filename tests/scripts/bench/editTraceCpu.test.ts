import { describe, expect, it } from 'vitest';
import { editCpu, type TraceEvent } from '../../../scripts/bench/app/editTraceCpu';

const PID = 1;
const TID = 2;

/** A complete event of the page's main thread: `ts` and `dur` in µs, thread time as long as wall time. */
function slice(name: string, ts: number, dur: number, type?: string): TraceEvent {
  return {
    name,
    ph: 'X',
    pid: PID,
    tid: TID,
    ts,
    dur,
    tdur: dur,
    ...(type ? { args: { data: { type } } } : {}),
  };
}

describe('editCpu', () => {
  it("counts the browser's content-visibility intersection pass as a part of its own", () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } },
      // The key's task: its handler takes 1 ms.
      slice('RunTask', 0, 1_000),
      slice('EventDispatch', 0, 1_000, 'keydown'),
      // The frame that shows the edit: 2 ms of script, 1 ms of layout, 3 ms working out which
      // paragraphs are near the screen, 1 ms committing, and 1 ms nothing names.
      slice('RunTask', 10_000, 8_000),
      slice('FireAnimationFrame', 10_000, 2_000),
      slice('Layout', 12_000, 1_000),
      slice('IntersectionObserverController::computeIntersections', 13_000, 3_000),
      slice('Commit', 16_000, 1_000),
      // The next key, after the edit was seen.
      slice('RunTask', 40_000, 1_000),
      slice('EventDispatch', 40_000, 1_000, 'keydown'),
    ];
    const [figures] = editCpu(events, [0], [20]);
    expect(figures?.untilSeen).toBe(9);
    expect(figures?.parts).toEqual({
      script: 3,
      layout: 1,
      intersections: 3,
      paint: 1,
      other: 1,
    });
  });
});
