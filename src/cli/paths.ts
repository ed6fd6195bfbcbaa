import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The checkout (or installed package) the CLI runs from. */
export const appRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The embedded demo corpus. */
export const seedsDir = join(appRoot, 'seeds');
/** The built renderer served by `loupe serve`. */
export const rendererDir = join(appRoot, 'out', 'renderer');
