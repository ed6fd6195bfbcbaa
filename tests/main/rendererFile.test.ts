import { describe, expect, it } from 'vitest';
import { rendererFileFor, rendererUrl } from '../../src/main/rendererFile';

const ROOT = '/opt/Loupe/resources/app.asar/out/renderer';

describe('rendererFileFor (the loupe-app:// request → file mapping)', () => {
  it('maps the entry page and assets inside the build folder with their types', () => {
    expect(rendererFileFor(ROOT, rendererUrl())).toEqual({
      path: `${ROOT}/index.html`,
      type: 'text/html; charset=utf-8',
    });
    expect(rendererFileFor(ROOT, 'loupe-app://renderer/')?.path).toBe(`${ROOT}/index.html`);
    expect(rendererFileFor(ROOT, 'loupe-app://renderer/assets/index-abc.js')).toEqual({
      path: `${ROOT}/assets/index-abc.js`,
      type: 'text/javascript; charset=utf-8',
    });
    expect(rendererFileFor(ROOT, 'loupe-app://renderer/assets/a.css?v=1#x')?.path).toBe(
      `${ROOT}/assets/a.css`,
    );
  });

  it('refuses other schemes and hosts, traversal, hidden files, NUL, backslashes and unknown types', () => {
    for (const url of [
      'file:///etc/passwd',
      'https://renderer/index.html',
      'loupe-app://other/index.html',
      'loupe-app://renderer/../../../etc/passwd',
      'loupe-app://renderer/%2e%2e/%2e%2e/etc/passwd',
      'loupe-app://renderer/assets/..%2f..%2fmain%2findex.cjs',
      'loupe-app://renderer/assets%5c..%5c..%5cmain.js',
      'loupe-app://renderer/.env',
      'loupe-app://renderer/assets/%00.js',
      'loupe-app://renderer/assets/bad%zz.js',
      'loupe-app://renderer/assets/',
      'loupe-app://renderer/preload.cjs',
      'not a url',
    ])
      expect(rendererFileFor(ROOT, url), url).toBeNull();
  });
});
