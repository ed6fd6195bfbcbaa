/**
 * Installed in both pages before their scripts run (as an init script): records when the
 * first highlight on screen and all highlights were first painted (Loupe's first paint counts:
 * it is what the user sees), when the page was ready for edits (`<html data-app="ready">`:
 * Loupe's app mounted and handling keys; the bare page once its view exists), when each
 * key went down, in the page's own clock (ms since navigation start), and the longest wait of
 * a key pressed while highlights were still being drawn. Written as one
 * self-contained function because Playwright serializes it into the page.
 */
export function installProbe(): void {
  const probe = {
    first: 0,
    all: 0,
    ready: 0,
    keyDown: 0,
    keyWait: 0,
    keysWhileDrawing: 0,
    longTasks: [] as { start: number; duration: number }[],
  };
  (window as unknown as { benchProbe: typeof probe }).benchProbe = probe;
  // Every task over 50 ms: the longest a key could wait behind one.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener(
    'keydown',
    (event) => {
      probe.keyDown = performance.now();
      // A key pressed once the page takes edits but before every highlight is drawn: how long
      // it waited for the page (its time stamp is when the browser received it).
      const drawing = !document.querySelector('.ProseMirror[data-spans="drawn"]');
      if (document.documentElement.dataset.app !== 'ready' || !drawing) return;
      probe.keysWhileDrawing++;
      probe.keyWait = Math.max(probe.keyWait, probe.keyDown - event.timeStamp);
    },
    true,
  );
  const afterPaint = (record: () => void): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = record;
    channel.port2.postMessage(0);
  };
  const firstOnScreen = (): boolean => {
    const span = document.querySelector('.ProseMirror .lp-span');
    if (!span) return false;
    const rect = span.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight;
  };
  const poll = (): void => {
    // Every highlight is drawn once the view says so and the page is parsed to its end: a
    // first screen written by the server says "drawn" from its opening tag, and the browser
    // may paint its first paragraphs before it has read the rest.
    const drawn =
      document.querySelector('.ProseMirror[data-spans="drawn"]') !== null &&
      document.readyState !== 'loading';
    // A frame that paints the first highlight with every span drawn counts for both (a page
    // that draws all its spans at once, as both pages do on a small document).
    if (!probe.first && firstOnScreen())
      afterPaint(() => {
        const painted = performance.now();
        probe.first ||= painted;
        if (drawn) probe.all ||= painted;
      });
    else if (probe.first && !probe.all && drawn)
      afterPaint(() => (probe.all ||= performance.now()));
    if (!probe.ready && document.documentElement.dataset.app === 'ready')
      afterPaint(() => (probe.ready ||= performance.now()));
    if (!probe.all || !probe.ready) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** What a change waits for: highlights in the first paragraph to grow or shrink, and the save state to say saved. */
export interface ChangeWait {
  readonly before: number;
  readonly grow: boolean;
}

/** Highlight elements in the first paragraph (Loupe's and the bare page's paragraphs alike). */
export function countFirstParagraph(): number {
  const first = document.querySelector('.ProseMirror > *');
  return first ? first.querySelectorAll('.lp-span').length : 0;
}

/**
 * Ms from the last key down to the painted frame in which the first paragraph's highlights
 * changed as expected and the app said saved (the bare page has no save state: always saved).
 */
export function untilChanged(wait: ChangeWait): Promise<number> {
  const probe = (window as unknown as { benchProbe: { keyDown: number } }).benchProbe;
  const count = (): number => {
    const first = document.querySelector('.ProseMirror > *');
    return first ? first.querySelectorAll('.lp-span').length : 0;
  };
  const saved = (): boolean => {
    const state = document.querySelector('[data-testid="save-state"]');
    return !state || state.classList.contains('lp-savestate--saved');
  };
  const ready = (): boolean =>
    (wait.grow ? count() > wait.before : count() < wait.before) && saved();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Checked in a ResizeObserver callback: the browser runs those after every animation frame
    // callback of the frame (and its layout), before it paints, so the check sees all that frame
    // paints, a change drawn in a requestAnimationFrame callback registered after ours included.
    const box = document.createElement('div');
    box.style.cssText =
      'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none';
    let width = 1;
    const resize = (): void => void (box.style.width = `${(width = 3 - width)}px`);
    const observer = new ResizeObserver(() => {
      if (ready()) {
        observer.disconnect();
        box.remove();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - probe.keyDown);
        channel.port2.postMessage(0);
      } else if (performance.now() - started > 60_000) reject(new Error('no change in 60 s'));
      else requestAnimationFrame(resize);
    });
    document.documentElement.appendChild(box);
    observer.observe(box);
    requestAnimationFrame(resize);
  });
}

/** Scrolls top to bottom in `steps` painted steps; the 95th percentile step in ms. */
export async function scrollP95(steps: number): Promise<number> {
  const scroller = document.scrollingElement as Element;
  const times: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = performance.now();
    scroller.scrollTop = ((scroller.scrollHeight - window.innerHeight) * i) / steps;
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
    times.push(performance.now() - t);
  }
  scroller.scrollTop = 0;
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] as number;
}

/** Selects code points [start, end) of the first paragraph with a DOM range and releases the mouse there, as a drag would. */
export function selectInFirstParagraph(range: { start: number; end: number }): void {
  const first = document.querySelector('.ProseMirror > *') as HTMLElement;
  const walker = document.createTreeWalker(first, NodeFilter.SHOW_TEXT);
  let offset = 0;
  const dom = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset <= range.start && range.start < offset + length)
      dom.setStart(node, range.start - offset);
    if (offset < range.end && range.end <= offset + length) dom.setEnd(node, range.end - offset);
    offset += length;
  }
  const selection = window.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(dom);
  const rect = dom.getBoundingClientRect();
  first.dispatchEvent(
    new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
  );
}

/** The longest task that started after the page took edits and before every highlight was drawn (0: none over 50 ms). */
export function longestTaskWhileDrawing(): number {
  const probe = (
    window as unknown as {
      benchProbe: { ready: number; all: number; longTasks: { start: number; duration: number }[] };
    }
  ).benchProbe;
  let longest = 0;
  for (const task of probe.longTasks)
    if (task.start >= probe.ready && task.start < probe.all)
      longest = Math.max(longest, task.duration);
  return longest;
}

/** Whether the page has drawn every highlight and is ready for edits. */
export function openDone(): boolean {
  const probe = (window as unknown as { benchProbe: { all: number; ready: number } }).benchProbe;
  return probe.all > 0 && probe.ready > 0;
}
