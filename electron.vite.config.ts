import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import {
  rendererAliases,
  rendererCss,
  rendererModulePreload,
  rendererPlugins,
  rendererTreeshake,
} from './rendererBundle.config.ts';

// Main and preload are CommonJS (a sandboxed preload must be). Every dependency is bundled
// (lowdb and steno are ESM-only anyway), so the packaged app needs no node_modules: main
// requires only Node built-ins and electron (tests/e2e/packaging checks this).
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // the learner's worker thread (src/node/suggest/runInWorker.ts starts it)
          suggestWorker: resolve(import.meta.dirname, 'src/node/suggest/suggestWorker.ts'),
        },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          // What the worker shares with the main bundle goes in its own chunk, so the worker
          // never requires index.cjs (which starts the app).
          // The Parquet and Arrow readers go in a chunk of their own, required only when an
          // import meets such a file (src/node/interchange/decodeTable.ts imports them lazily).
          manualChunks: (id: string) =>
            /[\\/]node_modules[\\/](apache-arrow|flatbuffers|hyparquet|hyparquet-compressors|fzstd|hysnappy)[\\/]/.test(
              id,
            )
              ? 'tables'
              : /[\\/](src[\\/]shared|node_modules)[\\/]/.test(id)
                ? 'shared'
                : undefined,
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: rendererPlugins(),
    resolve: { alias: rendererAliases },
    css: rendererCss,
    build: {
      minify: true,
      chunkSizeWarningLimit: 2000,
      // One style sheet for the page (about 30 KB), written into its head (inlineStylesheet).
      cssCodeSplit: false,
      modulePreload: rendererModulePreload,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'src/renderer/index.html'),
        treeshake: rendererTreeshake,
      },
    },
  },
});
