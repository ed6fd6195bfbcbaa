import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') };
    });
}

/** Signs that a module knows where the project keeps its files. */
const LAYOUT_KNOWLEDGE: readonly RegExp[] = [
  /\bprojectLayout\b/,
  /['"`]loupe\.json['"`]/,
  /join\((?!app\.)[^)]*['"`](annotations|entities|documents)['"`]/,
  /['"`](annotations|entities|documents)\/['"`$]/,
];

/**
 * One owner of the project folder: only src/node/store/ knows its paths and file shapes;
 * every other module asks the ProjectFolder (and writes only through its commit).
 */
describe('the project folder has one owner', () => {
  it('no module outside src/node/store builds a path into the project folder', () => {
    const offenders = sources('src')
      .filter(
        (f) => !f.path.startsWith('src/node/store/') && !f.path.startsWith('src/shared/formats/'),
      )
      .flatMap((f) =>
        LAYOUT_KNOWLEDGE.filter((re) => re.test(f.text)).map((re) => `${f.path}: ${re.source}`),
      );
    expect(offenders).toEqual([]);
  });

  it('no module outside src/node/store writes files of the project folder', () => {
    const writers = sources('src/node')
      .filter((f) => !f.path.startsWith('src/node/store/'))
      .filter((f) => /\b(atomicWrite|publishExclusive|writeFile|rename|unlink)\(/.test(f.text))
      .map((f) => f.path);
    // Exports go to a place the caller names (outside the project's data); settings live in the
    // user's folder (so do remotes' encrypted credentials); a sync moves the branch of the team's
    // bare repository under its ref lock (the remote, never the project).
    expect(writers.sort()).toEqual([
      'src/node/interchange/writeExportFiles.ts',
      'src/node/settings/credentialVault.ts',
      'src/node/settings/desktopState.ts',
      'src/node/settings/userSettings.ts',
      'src/node/sync/localRemote.ts',
      'src/node/sync/refLock.ts',
    ]);
  });
});
