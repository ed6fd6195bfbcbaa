import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, resolveStatic, StaticFiles } from '../../src/server/staticFiles';
import { tempDir } from '../helpers/tempProject';

describe('resolveStatic', () => {
  const outside = tempDir();
  const root = join(tempDir(), 'renderer');

  beforeAll(async () => {
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), '');
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'link.js'));
    await symlink(outside, join(root, 'linked'));
  });

  it('serves files under the folder, and index.html for /', async () => {
    expect(await resolveStatic(root, '/')).toMatchObject({
      path: join(root, 'index.html'),
      type: 'text/html; charset=utf-8',
    });
    expect(await resolveStatic(root, '/assets/app.js')).toMatchObject({
      type: 'text/javascript; charset=utf-8',
    });
  });

  it('lets no path escape: dot segments, encoded or backslashed, NUL, symlinks out', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..\\..\\secret.txt',
      '/index.html%00.js',
      '/assets/link.js',
      '/linked/secret.txt',
      '/%E0%A4%A',
    ];
    for (const path of attempts) expect(await resolveStatic(root, path), path).toBeNull();
  });

  it('lists no folders and serves no hidden files', async () => {
    await writeFile(join(root, '.env'), 'TOKEN=1');
    for (const path of ['/assets', '/assets/', '/.env', '/assets/.././.env'])
      expect(await resolveStatic(root, path), path).toBeNull();
  });

  it('lets the browser keep content-hashed assets for a year, never the page or other files', () => {
    const kept = 'private, max-age=31536000, immutable';
    expect(cacheControlFor('/assets/index-CsTtQIrt.js')).toBe(kept);
    expect(cacheControlFor('/assets/agreement-b05rGJyt.css')).toBe(kept);
    expect(cacheControlFor('/assets/rolldown-runtime-B_x1-9Qz.js')).toBe(kept);
    for (const path of ['/', '/index.html', '/assets/app.js', '/first-answers', '/session'])
      expect(cacheControlFor(path), path).toBe('no-store');
  });
});

describe('StaticFiles', () => {
  const root = join(tempDir(), 'renderer');
  const hashed = '/assets/main-a1B2c3D4.js';

  beforeAll(async () => {
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), 'page 1');
    await writeFile(join(root, 'assets', 'main-a1B2c3D4.js'), 'app 1');
  });

  it('answers a content-hashed asset from memory after its first read, the page from disk', async () => {
    const files = new StaticFiles(root);
    expect((await files.get(hashed))?.body.toString()).toBe('app 1');
    expect((await files.get('/'))?.body.toString()).toBe('page 1');
    await writeFile(join(root, 'assets', 'main-a1B2c3D4.js'), 'app 2');
    await writeFile(join(root, 'index.html'), 'page 2');
    expect((await files.get(hashed))?.body.toString()).toBe('app 1');
    expect((await files.get('/'))?.body.toString()).toBe('page 2');
  });

  it('keeps no miss and serves nothing resolveStatic refuses', async () => {
    const files = new StaticFiles(root);
    const later = '/assets/later-a1B2c3D4.js';
    expect(await files.get(later)).toBeNull();
    await writeFile(join(root, 'assets', 'later-a1B2c3D4.js'), 'later');
    expect((await files.get(later))?.body.toString()).toBe('later');
    expect(await files.get('/assets/..%2f..%2fsecret-a1B2c3D4.js')).toBeNull();
  });
});
