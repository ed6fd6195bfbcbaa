import { config } from 'zod/v4';

// What `zod` means in the window (the renderer's Vite configs alias it here): zod compiles
// fast parsers with `new Function` unless told not to, and the renderer's CSP refuses eval
// (and reports every attempt). This module runs before any module that imports `zod`, so
// every schema the window builds is built jitless, whichever chunk it loads with.
config({ jitless: true });

export * from 'zod/v4';
export { z, z as default } from 'zod/v4';
