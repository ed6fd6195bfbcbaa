import { options, type VNode } from 'preact';
// Hands Preact's options to a page's `__PREACT_DEVTOOLS__` when one is defined, as React DOM
// calls its DevTools hook: the browser tests and `scripts/bench/app/renderCount.ts` count what
// renders through it. Without that global it does nothing (a few hundred bytes).
import 'preact/devtools';

// The window renders with Preact's compatibility layer (the renderer's Vite configs alias
// `react` and `react-dom` to it). Two of React DOM's behaviours the app relies on are kept here.

// React runs the effects of an update a key or a click caused before the page takes its next
// event; Preact waits for the next frame, so a key pressed before it met the handlers an effect
// was about to replace (Tab after Esc moved from a stale place). Here an update's effects run
// as soon as its render is done, in the same task, so the next key meets the view the last one
// made.
options.requestAnimationFrame = (flush: () => void): void => queueMicrotask(flush);

// React DOM writes `tabIndex` as the `tabindex` attribute on every element. Preact writes an
// SVG element's props as attributes under their own names, and an SVG `tabIndex` attribute is
// not `tabindex`: a chart that takes the keyboard (Recharts' accessibility layer) was skipped.
const previousVnode = options.vnode;
options.vnode = (vnode: VNode): void => {
  const props: Record<string, unknown> = vnode.props;
  if (typeof vnode.type === 'string' && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previousVnode?.(vnode);
};
