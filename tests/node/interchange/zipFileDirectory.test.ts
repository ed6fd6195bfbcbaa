import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { zipFileDirectory } from '../../../src/node/interchange/zipFileDirectory';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject, into } from './build';

const MIB = 1024 * 1024;

/**
 * A zip file of `entries` with `hole` bytes of nothing between its data and its central
 * directory (a sparse file: large, yet nothing on disk), as zip readers allow.
 */
function spacedZip(entries: Zippable, hole: number, declared: Record<string, number> = {}): string {
  const bytes = zipSync(entries);
  const view = new DataView(bytes.buffer);
  const directory = view.getUint32(bytes.length - 22 + 16, true);
  for (let at = directory; view.getUint32(at, true) === 0x02014b50;) {
    const length = view.getUint16(at + 28, true);
    const size = declared[new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length))];
    if (size !== undefined) view.setUint32(at + 24, size, true);
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  view.setUint32(bytes.length - 22 + 16, directory + hole, true);
  const path = join(tempDir(), 'export.zip');
  const fd = openSync(path, 'w');
  writeSync(fd, bytes, 0, directory, 0);
  writeSync(fd, bytes, directory, bytes.length - directory, directory + hole);
  closeSync(fd);
  return path;
}

/** Bytes this process has read from files so far (Linux). */
function bytesRead(): number {
  return Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
}

const document = zipSync({ 'alice.xmi': strToU8('<x/>'), 'TypeSystem.xml': strToU8('<t/>') });

describe.skipIf(!existsSync('/proc/self/io'))('zipFileDirectory', () => {
  it("reads an archive's central directory from its end, not the data before it", async () => {
    const path = spacedZip(
      { 'annotation/a.txt/alice.zip': document, 'source/a.txt': strToU8('x') },
      100 * MIB,
    );
    const before = bytesRead();
    const listed = await zipFileDirectory(path);
    expect(bytesRead() - before).toBeLessThan(MIB);
    expect('entries' in listed && listed.entries.map((e) => e.name)).toEqual([
      'annotation/a.txt/alice.zip',
      'source/a.txt',
    ]);
  });

  it('has an import refuse an export of 100 MiB whose archives declare 400 MiB, reading its directory alone', async () => {
    const path = spacedZip(
      { 'annotation/a.txt/alice.zip': document, 'annotation/b.txt/alice.zip': document },
      100 * MIB,
      { 'annotation/a.txt/alice.zip': 200 * MIB, 'annotation/b.txt/alice.zip': 200 * MIB },
    );
    const { store } = await emptyProject();
    const project = snapshotFolder(store.dir);
    const before = bytesRead();
    await expect(importPaths(store, [path], into('amira'))).rejects.toThrow(
      /export\.zip: inflates to more than 256 MiB, more than Loupe reads from one archive: the entries it would read declare 400 MiB \(annotation\/a\.txt\/alice\.zip: 200 MiB, annotation\/b\.txt\/alice\.zip: 200 MiB\); unzip it and import the files in parts/,
    );
    expect(bytesRead() - before).toBeLessThan(8 * MIB); // was the whole file: 100 MiB
    expect(snapshotFolder(store.dir)).toEqual(project);
  });
});
