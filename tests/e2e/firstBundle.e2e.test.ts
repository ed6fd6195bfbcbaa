import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../../src/cli/ensureRendererBuilt';
import { rendererDir } from '../../src/cli/paths';

/** Bytes of script the first frame loads: the entry chunk and the chunks it imports statically. */
const FIRST_BUNDLE_BUDGET = 800_000;

/** The scripts index.html loads before the first frame, following static imports (not import()). */
function firstScripts(): Map<string, string> {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="\.\/([^"]+)"|rel="modulepreload"[^>]+href="\.\/([^"]+)"/g),
  ]
    .map((m) => m[1] ?? m[2])
    .filter((file): file is string => Boolean(file));
  const scripts = new Map<string, string>();
  const visit = (file: string): void => {
    if (scripts.has(file)) return;
    const code = readFileSync(join(rendererDir, file), 'utf8');
    scripts.set(file, code);
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(join(dirname(file), m[1] as string));
  };
  for (const entry of entries) visit(entry);
  return scripts;
}

describe('the first bundle', () => {
  beforeAll(() => ensureRendererBuilt(), 120_000);

  it('leaves zod and the contract schemas to the views that use them', () => {
    const scripts = firstScripts();
    expect(scripts.size).toBeGreaterThan(0);
    for (const [file, code] of scripts) {
      expect(code.includes('$ZodType'), `${file} carries zod`).toBe(false);
      expect(code.includes('ZodError'), `${file} carries zod`).toBe(false);
    }
  });

  it(`stays within ${FIRST_BUNDLE_BUDGET / 1000} KB before the first frame`, () => {
    const bytes = [...firstScripts().values()].reduce(
      (sum, code) => sum + Buffer.byteLength(code),
      0,
    );
    expect(bytes, 'move what the first screen does not show into a lazy view').toBeLessThanOrEqual(
      FIRST_BUNDLE_BUDGET,
    );
  });
});
