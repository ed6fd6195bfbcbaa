import { describe, expect, it } from 'vitest';
import { projectArgument } from '../../src/main/projectArgument';

describe('projectArgument', () => {
  it('takes the first non-flag argument after the program, relative to the working folder', () => {
    expect(projectArgument(['/opt/Loupe/loupe', '--no-sandbox', 'news'], 1, '/home/ana')).toBe(
      '/home/ana/news',
    );
    expect(projectArgument(['electron', '.', '/data/news'], 2, '/src')).toBe('/data/news');
  });

  it('opens a project file as its folder, and a file URL as its path', () => {
    expect(projectArgument(['loupe', '/data/news/loupe.json'], 1, '/')).toBe('/data/news');
    expect(projectArgument(['loupe', 'file:///data/my%20news'], 1, '/')).toBe('/data/my news');
  });

  it('is undefined without one', () => {
    expect(projectArgument(['/opt/Loupe/loupe'], 1, '/')).toBeUndefined();
    expect(projectArgument(['/opt/Loupe/loupe', '--enable-logging', ''], 1, '/')).toBeUndefined();
  });
});
