import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rendererAliases } from '../../rendererBundle.config';

const root = resolve(import.meta.dirname, '../..');

describe('zod in the renderer', () => {
  it('is zodJitless in both renderer builds, whichever chunk imports it', () => {
    const [alias] = rendererAliases;
    expect(alias?.find).toBeInstanceOf(RegExp);
    expect((alias?.find as RegExp).test('zod')).toBe(true);
    expect((alias?.find as RegExp).test('zod/v4')).toBe(false);
    expect(alias?.replacement).toBe(join(root, 'src/renderer/src/zodJitless.ts'));
    for (const config of ['vite.renderer.config.ts', 'electron.vite.config.ts'])
      expect(readFileSync(join(root, config), 'utf8')).toContain('alias: rendererAliases');
  });

  it('is configured jitless before any schema is built (the CSP refuses eval)', async () => {
    const jitless = await import('../../src/renderer/src/zodJitless');
    expect(z.config().jitless).toBe(true);
    // the same zod: schemas built through either name share the setting
    expect(jitless.z.config).toBe(z.config);
    expect(typeof jitless.object).toBe('function');
  });
});
