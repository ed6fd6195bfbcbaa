import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EntityRegistry } from '../../../src/node';
import { createProject, type ImportOptions, type ProjectFolder } from '../../../src/node';
import { tempDir } from '../../helpers/tempProject';

export const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

/** The text of a seed article. */
export function seedText(prefix: string): string {
  const names: Record<string, string> = {
    '000': '000_90267a0c835213d2',
    '002': '002_70f1dc10c1ed88b3',
  };
  return readFileSync(join(SEEDS, `${names[prefix] ?? prefix}.txt`), 'utf8');
}

/** A project holding the five seed articles, with its entity registry. */
export async function seedProject(): Promise<{ store: ProjectFolder; registry: EntityRegistry }> {
  const store = await createProject(join(tempDir(), 'project'), { seedsDir: SEEDS });
  return { store, registry: store.entities };
}

/** An empty project. */
export async function emptyProject(): Promise<{ store: ProjectFolder; registry: EntityRegistry }> {
  const store = await createProject(join(tempDir(), 'project'));
  return { store, registry: store.entities };
}

/** A folder holding these files (relative path → content). */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('loupe-input-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Options of an import into `annotator`'s layer. */
export function into(annotator: string, more: Partial<ImportOptions> = {}): ImportOptions {
  return { format: 'auto', annotator: { explicit: annotator, fallback: () => 'local' }, ...more };
}

/** A brat T line over the code points [start, end) of `text`. */
export function tLine(id: string, label: string, text: string, start: number, end: number): string {
  return `${id}\t${label} ${start} ${end}\t${[...text].slice(start, end).join('')}`;
}

/** The code point offsets of the first `needle` in `text`. */
export function at(text: string, needle: string, from = 0): [number, number] {
  const unit = text.indexOf(needle, from);
  if (unit < 0) throw new Error(`${needle} not in text`);
  const start = [...text.slice(0, unit)].length;
  return [start, start + [...needle].length];
}
