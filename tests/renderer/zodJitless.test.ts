import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('zod in the renderer', () => {
  it('is configured jitless before any schema is built (the CSP refuses eval)', async () => {
    const main = readFileSync(join(import.meta.dirname, '../../src/renderer/src/main.tsx'), 'utf8');
    expect(main.split('\n')[0]).toBe("import './zodJitless';");
    await import('../../src/renderer/src/zodJitless');
    expect(z.config().jitless).toBe(true);
  });
});
