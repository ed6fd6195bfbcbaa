import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The editor benchmark page: Loupe's ReadingView, a bare ProseMirror view and @recogito/text-annotator on the same data. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../../out/bench-editor'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
