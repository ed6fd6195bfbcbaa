/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after paint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

/** Milliseconds from `start` until a painted frame in which `ready()` holds (checked before each paint). */
export async function untilPainted(
  start: number,
  ready: () => boolean,
  timeoutMs = 120_000,
): Promise<number> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) =>
      requestAnimationFrame(() => resolve(ready())),
    );
    if (ok || performance.now() - start > timeoutMs) {
      await afterPaint();
      if (!ok) throw new Error(`not ready after ${timeoutMs} ms`);
      return performance.now() - start;
    }
  }
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** True when an element is at least partly inside the window. */
export function onScreen(element: Element | null): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
}

/** Scrolls the page from top to bottom in `steps` painted steps: total and worst step in ms. */
export async function scrollThrough(steps: number): Promise<{ total: number; worst: number }> {
  const scroller = document.scrollingElement as Element;
  const start = performance.now();
  let worst = 0;
  for (let i = 1; i <= steps; i++) {
    const t = performance.now();
    scroller.scrollTop = ((scroller.scrollHeight - window.innerHeight) * i) / steps;
    await afterPaint();
    worst = Math.max(worst, performance.now() - t);
  }
  const total = performance.now() - start;
  scroller.scrollTop = 0;
  await afterPaint();
  return { total, worst };
}
