import { resolve } from 'node:path';
import type { Alias } from 'vite';

/**
 * Which modules of the renderer's bundle run for their effects when nothing of them is used.
 * `src/shared` is pure by rule (no DOM, no globals): a module of it whose exports the window
 * does not use is dropped, so importing one function from a folder's index.ts does not bring
 * every schema of that folder (and zod) into the first frame's bundle. Everything else keeps
 * the bundler's default (CSS, and packages as their package.json declares).
 */
function moduleSideEffects(id: string, external: boolean): boolean | undefined {
  if (external) return true;
  return /[\\/]src[\\/]shared[\\/]/.test(id) ? false : undefined;
}

/** How the renderer's bundle is tree-shaken (both renderer builds use this). */
export const rendererTreeshake = { moduleSideEffects };

/**
 * `zod` in the window is zod made jitless first: the CSP refuses eval, and zod decides when
 * a schema is built whether to compile parsers with `new Function`. Schemas load with the
 * views that use them (not with the first frame), so the setting travels with zod itself.
 */
export const rendererAliases: Alias[] = [
  { find: /^zod$/, replacement: resolve(import.meta.dirname, 'src/renderer/src/zodJitless.ts') },
];
