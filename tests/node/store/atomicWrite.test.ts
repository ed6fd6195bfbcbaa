import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aboutTarget,
  atomicWrite,
  nodeDurableFs,
  publishExclusive,
  reserveSpace,
  type DurableFs,
} from '../../../src/node/store';
import { tempDir } from '../../helpers/tempProject';

/** Records every call the atomic write makes, passing them to the real file system. */
function recordingFs(log: string[], failOn?: string): DurableFs {
  const name = (path: string): string =>
    path.endsWith('.tmp') ? 'temp' : path.endsWith('.json') ? 'target' : 'folder';
  return {
    async open(path, flags) {
      log.push(`open ${name(path)} ${flags}`);
      const handle = await nodeDurableFs.open(path, flags);
      return {
        write: async (data) => {
          log.push(`write ${name(path)}`);
          if (failOn === 'write')
            throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
          return handle.write(data);
        },
        sync: async () => {
          log.push(`fsync ${name(path)}`);
          return handle.sync();
        },
        close: async () => {
          log.push(`close ${name(path)}`);
          return handle.close();
        },
      };
    },
    async rename(from, to) {
      log.push(`rename ${name(from)} ${name(to)}`);
      return nodeDurableFs.rename(from, to);
    },
    async unlink(path) {
      log.push(`unlink ${name(path)}`);
      return nodeDurableFs.unlink(path);
    },
  };
}

describe('atomicWrite', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = tempDir();
    const log: string[] = [];
    await atomicWrite(join(dir, 'layer.json'), '{"a":1}\n', recordingFs(log));
    expect(log).toEqual([
      'open temp wx',
      'write temp',
      'fsync temp',
      'close temp',
      'rename temp target',
      'open folder r',
      'fsync folder',
      'close folder',
    ]);
    expect(await readFile(join(dir, 'layer.json'), 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['layer.json']);
  });

  it('leaves the old file and no temp file when the write fails (disk full)', async () => {
    const dir = tempDir();
    const path = join(dir, 'layer.json');
    await writeFile(path, 'old');
    const log: string[] = [];
    await expect(atomicWrite(path, 'new', recordingFs(log, 'write'))).rejects.toThrow(/no space/);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['layer.json']);
    expect(log).not.toContain('rename temp target');
  });

  it('reserves room for several files (fsynced temporaries, then removed) and changes nothing', async () => {
    const dir = tempDir();
    await writeFile(join(dir, 'a.json'), 'old');
    const log: string[] = [];
    await reserveSpace(
      [
        { path: join(dir, 'a.json'), data: 'new a' },
        { path: join(dir, 'missing', 'b.json'), data: 'new b' },
      ],
      dir,
      recordingFs(log),
    );
    expect(log.filter((l) => l === 'fsync temp')).toHaveLength(2);
    expect(log.filter((l) => l === 'unlink temp')).toHaveLength(2);
    expect(log.some((l) => l.startsWith('rename'))).toBe(false);
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('old');
  });

  it('fails a reservation on a full disk and leaves no temporary file', async () => {
    const dir = tempDir();
    const log: string[] = [];
    await expect(
      reserveSpace(
        [
          { path: join(dir, 'a.json'), data: 'x' },
          { path: join(dir, 'b.json'), data: 'y' },
        ],
        dir,
        recordingFs(log, 'write'),
      ),
    ).rejects.toThrow(/no space/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('publishes a new file once, never over an existing one, and leaves nothing on a full disk', async () => {
    const dir = tempDir();
    const path = join(dir, 'doc.json');
    expect(await publishExclusive(path, 'first')).toBe(true);
    expect(await publishExclusive(path, 'second')).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('first');
    const other = join(dir, 'other.json');
    await expect(publishExclusive(other, 'x', recordingFs([], 'write'))).rejects.toThrow(
      /no space/,
    );
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});

describe('atomicWrite of pieces', () => {
  it('writes each piece as it is made, the next made while one is written, into two buffers used in turn', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const buffers = [new Uint8Array(3), new Uint8Array(3)];
    function* pieces(): Generator<Uint8Array> {
      for (let i = 0; i < 5; i++) {
        const buffer = buffers[i % 2] ?? new Uint8Array(3);
        buffer.set([97 + i, 97 + i, 10]);
        log.push(`piece ${i}`);
        yield buffer;
      }
    }
    await atomicWrite(join(dir, 'out.json'), { pieces }, recordingFs(log));
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe('aa\nbb\ncc\ndd\nee\n');
    expect(log.slice(0, 12)).toEqual([
      'open temp wx',
      'piece 0',
      'write temp',
      'piece 1',
      'write temp',
      'piece 2',
      'write temp',
      'piece 3',
      'write temp',
      'piece 4',
      'write temp',
      'fsync temp',
    ]);
  });

  it('removes the temporary file when making a piece fails', async () => {
    const dir = tempDir();
    function* pieces(): Generator<Uint8Array> {
      yield new Uint8Array([97]);
      throw new Error('no more');
    }
    await expect(atomicWrite(join(dir, 'out.json'), { pieces })).rejects.toThrow('no more');
    expect(await readdir(dir)).toEqual([]);
  });
});

/** A file system that refuses, as Node does for a folder the user cannot write, to create or rename any temp file. */
function denyingFs(syscall: 'open' | 'rename'): DurableFs {
  const denied = (path: string, dest?: string) =>
    Object.assign(
      new Error(`EACCES: permission denied, ${syscall} '${path}'${dest ? ` -> '${dest}'` : ''}`),
      { code: 'EACCES', errno: -13, syscall, path, ...(dest ? { dest } : {}) },
    );
  return {
    ...nodeDurableFs,
    async open(path, flags) {
      if (syscall === 'open' && path.endsWith('.tmp')) throw denied(path);
      return nodeDurableFs.open(path, flags);
    },
    async rename(from, to) {
      if (syscall === 'rename') throw denied(from, to);
      return nodeDurableFs.rename(from, to);
    },
  };
}

describe('a write the operating system refuses', () => {
  it('names the file the user knows, never the temporary sibling it went through', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.json');
    for (const syscall of ['open', 'rename'] as const) {
      const io = denyingFs(syscall);
      const writes = {
        atomicWrite: () => atomicWrite(target, '{}', io),
        reserveSpace: () => reserveSpace([{ path: target, data: '{}' }], dir, io),
        publishExclusive: () => publishExclusive(join(dir, `new-${syscall}.json`), '{}', io),
      };
      for (const [name, write] of Object.entries(writes)) {
        if (syscall === 'rename' && name !== 'atomicWrite') continue;
        const error = await write().then(
          () => expect.fail(`${name} ${syscall}: nothing refused it`),
          (e: unknown) => e as NodeJS.ErrnoException,
        );
        expect(error.message, `${name} ${syscall}`).not.toMatch(/\.tmp/);
        expect(error.message, `${name} ${syscall}`).toMatch(
          /^EACCES: permission denied, .*\.json'/,
        );
        expect(error.code, `${name} ${syscall}`).toBe('EACCES');
        expect(error.path, `${name} ${syscall}`).toMatch(/\.json$/);
      }
    }
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('aboutTarget', () => {
  it('names the folder the user asked for when a step inside a staging folder is refused', () => {
    const refused = Object.assign(
      new Error("EACCES: permission denied, mkdir '/x/.out.1a2b3c4d.tmp/part'"),
      { code: 'EACCES', syscall: 'mkdir', path: '/x/.out.1a2b3c4d.tmp/part' },
    );
    const named = aboutTarget(refused, '/x/.out.1a2b3c4d.tmp', '/x/out') as Error;
    expect(named.message).toBe("EACCES: permission denied, mkdir '/x/out/part'");
    const other = new Error('elsewhere');
    expect(aboutTarget(other, '/x/.t.tmp', '/x/t')).toBe(other);
  });
});
