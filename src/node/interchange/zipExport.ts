import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FormatFile } from '../../shared/formats';

/**
 * The files of an export as one zip archive (fflate, deflated), paths kept, so a browser
 * downloads a multi-file export (brat: texts, .ann files and configuration) as one file.
 * @example zipExport([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' }]) → Uint8Array (PK…)
 */
export function zipExport(files: readonly FormatFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files)
    entries[file.path] = [file.binary ?? file.bytes ?? strToU8(file.content), { level: 6 }];
  return zipSync(entries, { mtime: new Date('2020-01-10T00:00:00Z') });
}
