import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to; the renderer's CSP refuses
// eval (and reports every attempt), so schemas must be built jitless. Imported first by main.tsx:
// zod decides when a schema is created, so this runs before any module that defines one.
z.config({ jitless: true });
