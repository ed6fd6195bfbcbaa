import { resolve } from 'node:path';
import { WorkbenchError } from '../../shared/contract';
import { isInside } from './importFiles';

/** Where exports requested through the API go: a folder of the project that no loader reads. */
export const EXPORTS_FOLDER = 'exports';

/**
 * The path an API export named `name` is written to: `<project>/exports/<name>`. A caller
 * of the API (the renderer, a page holding the session token) names the export but never
 * picks a place on disk, so it cannot overwrite a file elsewhere; `loupe export --out`
 * writes anywhere, as its user asks.
 * @example exportTarget('/p', 'news.jsonl') === '/p/exports/news.jsonl'
 */
export function exportTarget(projectDir: string, name: string): string {
  const plain = /^[^/\\\0:]+$/u.test(name) && !name.startsWith('.') && name.trim() === name;
  if (!plain)
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} must be a plain file or folder name (no path, not hidden); it is written to the project's ${EXPORTS_FOLDER} folder`,
    );
  const root = resolve(projectDir, EXPORTS_FOLDER);
  const out = resolve(root, name);
  if (!isInside(root, out))
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} leaves the ${EXPORTS_FOLDER} folder`,
    );
  return out;
}
