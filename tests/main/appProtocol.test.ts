import type { Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerAppScheme } from '../../src/main/appProtocol';

describe('registerAppScheme', () => {
  it('declares loupe-app standard and secure, with V8 code cache on (off by default for custom schemes)', () => {
    const registered: unknown[] = [];
    const protocol = {
      registerSchemesAsPrivileged: (schemes: unknown[]) => registered.push(...schemes),
    } as unknown as Protocol;
    registerAppScheme(protocol);
    expect(registered).toEqual([
      {
        scheme: 'loupe-app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});
