import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import {
  rendererAliases,
  rendererCss,
  rendererModulePreload,
  rendererPlugins,
  rendererTreeshake,
} from './rendererBundle.config.ts';

/** The renderer alone, for `loupe serve` and browser development (no Electron needed). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: rendererPlugins(),
  resolve: { alias: rendererAliases },
  css: rendererCss,
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // One style sheet for the page (about 30 KB), written into its head (inlineStylesheet).
    cssCodeSplit: false,
    modulePreload: rendererModulePreload,
    rollupOptions: { treeshake: rendererTreeshake },
  },
});
