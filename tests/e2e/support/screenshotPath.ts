import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where browser tests write screenshots: an ignored folder, so a test run leaves the checkout unmodified. */
export const SCREENSHOTS = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test-results',
  'screenshots',
);

/** The path for one screenshot (`npm run docs:screenshots` copies the documented ones into docs/). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
