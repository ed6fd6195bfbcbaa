import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations, type SourceFile } from './layerRules';

const root = resolve(import.meta.dirname, '..', '..');

function sources(folder: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.push({
      path: relative(root, path).split('\\').join('/'),
      text: readFileSync(path, 'utf8'),
    });
  }
  return files;
}

describe('layering (STYLE.md: who may import whom)', () => {
  it('holds for every file in src/', () => {
    expect(
      findViolations(sources(join(root, 'src')), (from, spec) =>
        relative(root, resolve(dirname(join(root, from)), spec))
          .split('\\')
          .join('/'),
      ),
    ).toEqual([]);
  });

  it('catches each kind of forbidden import', () => {
    const resolveIn = (from: string, spec: string): string =>
      relative(root, resolve(dirname(join(root, from)), spec))
        .split('\\')
        .join('/');
    const bad: SourceFile[] = [
      { path: 'src/shared/model/x.ts', text: "import { readFile } from 'node:fs';" },
      { path: 'src/shared/model/y.ts', text: "import React from 'react';" },
      { path: 'src/node/store/x.ts', text: "import { app } from 'electron';" },
      { path: 'src/node/store/y.ts', text: "import { x } from '../../main/window';" },
      {
        path: 'src/renderer/src/app/x.ts',
        text: "import { createWorkbench } from '../../../node';",
      },
      { path: 'src/renderer/src/app/y.ts', text: "import fs from 'fs';" },
      { path: 'src/cli/x.ts', text: "import { createMainWindow } from '../main/window';" },
      { path: 'src/preload/x.ts', text: "import { createWorkbench } from '../node';" },
      {
        path: 'src/renderer/src/features/a/components/x.tsx',
        text: "import { Y } from '../../b/components/Y';",
      },
      { path: 'src/main/x.ts', text: "const r = require('../renderer/src/app/App');" },
      { path: 'src/shared/formats/brat/x.ts', text: "import { y } from '../doccano/read';" },
      { path: 'src/renderer/src/app/z.ts', text: "import { ipcRenderer } from 'electron';" },
    ];
    const found = findViolations(bad, resolveIn).map((v) => v.file);
    expect(found).toEqual(bad.map((f) => f.path));
  });
});
