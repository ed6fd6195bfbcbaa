import { options } from 'preact';

/**
 * Counts render passes: the runs of Preact's render queue in which some component rendered, as
 * React's Profiler counted a subtree's commits. Preact renders a queue of changed components in
 * one task, so components rendered before the next microtask belong to one pass.
 */
export function countRenderPasses(): { passes(): number; stop(): void } {
  const diffed = options.diffed;
  let passes = 0;
  let inPass = false;
  options.diffed = (vnode) => {
    if (typeof vnode.type === 'function' && !inPass) {
      inPass = true;
      passes++;
      queueMicrotask(() => {
        inPass = false;
      });
    }
    diffed?.(vnode);
  };
  return {
    passes: () => passes,
    stop: () => {
      options.diffed = diffed;
    },
  };
}
