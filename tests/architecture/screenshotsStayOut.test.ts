import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const e2e = join(import.meta.dirname, '..', 'e2e');

describe('browser tests leave the checkout unmodified', () => {
  it('write screenshots through screenshotPath (test-results/screenshots), never into docs/', () => {
    for (const name of readdirSync(e2e).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(e2e, name), 'utf8');
      expect(source, name).not.toMatch(/['"]docs['"]/);
      for (const call of source.match(/screenshot\(\{[^}]*\}/g) ?? [])
        expect(call, name).toMatch(/path: screenshotPath\(/);
    }
  });
});
