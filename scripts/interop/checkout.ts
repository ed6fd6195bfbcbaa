import { join } from 'node:path';

/** The Loupe checkout the harness runs in (`../shared` lies beside it). */
export const CHECKOUT = join(import.meta.dirname, '..', '..');
