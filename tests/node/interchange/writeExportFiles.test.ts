import {
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  lstatSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../../src/node/interchange/writeExportFiles';
import { tempDir } from '../../helpers/tempProject';

const one = [{ path: 'spans.jsonl', content: '{"text":"new"}\n' }];
const two = [
  { path: 'train.jsonl', content: 'train\n' },
  { path: 'dev.jsonl', content: 'dev\n' },
];

describe('writeExportFiles onto a link', () => {
  it('refuses an export file that is a link, naming it, and leaves the link and its file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.jsonl'), 'kept');
    symlinkSync('real.jsonl', join(dir, 'out.jsonl'));
    symlinkSync('nowhere.jsonl', join(dir, 'dangling.jsonl'));
    for (const name of ['out.jsonl', 'dangling.jsonl']) {
      const out = join(dir, name);
      await expect(writeExportFiles(out, one), name).rejects.toThrow(
        new RegExp(`${name.replace('.', '\\.')} is a symbolic link.*nothing was written`),
      );
      expect(lstatSync(out).isSymbolicLink(), name).toBe(true);
    }
    expect(readlinkSync(join(dir, 'out.jsonl'))).toBe('real.jsonl');
    expect(readFileSync(join(dir, 'real.jsonl'), 'utf8')).toBe('kept');
  });

  it('refuses an export folder that is a link, or a link among the files it would replace', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'linked'));
    await expect(writeExportFiles(join(dir, 'linked'), two)).rejects.toThrow(
      /linked is a symbolic link.*nothing was written/,
    );
    mkdirSync(join(dir, 'plain'));
    writeFileSync(join(dir, 'elsewhere.txt'), 'kept');
    symlinkSync('../elsewhere.txt', join(dir, 'plain', 'dev.jsonl'));
    await expect(writeExportFiles(join(dir, 'plain'), two)).rejects.toThrow(
      /dev\.jsonl is a symbolic link.*nothing was written/,
    );
    expect(lstatSync(join(dir, 'plain', 'dev.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('kept');
    expect(() => lstatSync(join(dir, 'plain', 'train.jsonl'))).toThrow();
  });

  it('refuses to write through a folder of the export that is a link (a collection’s esp/)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync('../elsewhere', join(dir, 'out', 'esp'));
    const files = [
      { path: 'esp/a.txt', content: 'text' },
      { path: 'annotation.conf', content: '[entities]\n' },
    ];
    await expect(writeExportFiles(join(dir, 'out'), files)).rejects.toThrow(
      /out\/esp is a symbolic link.*nothing was written/,
    );
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['esp']);
  });

  it('refuses a named pipe or a device as the export, and says what to name instead', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.jsonl'), join(dir, 'pipe')]);
    writeFileSync(join(dir, 'plain'), 'kept');
    for (const name of ['pipe.jsonl', 'pipe']) {
      await expect(writeExportFiles(join(dir, name), one), name).rejects.toThrow(
        /is a named pipe, not a file or folder: nothing was written; name a file or a folder/,
      );
      expect(lstatSync(join(dir, name)).isFIFO(), name).toBe(true);
    }
    await expect(writeExportFiles('/dev/null', one)).rejects.toThrow(/is a device/);
    await expect(writeExportFiles(join(dir, 'plain'), two)).rejects.toThrow(
      /plain is a file; an export of 2 files is written into a folder: name a folder/,
    );
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('kept');
  });

  it('still writes a plain file and a plain folder', async () => {
    const dir = tempDir();
    await writeExportFiles(join(dir, 'out.jsonl'), one);
    await writeExportFiles(join(dir, 'out.jsonl'), one);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(one[0]?.content);
    await writeExportFiles(join(dir, 'folder'), two);
    await writeExportFiles(join(dir, 'folder'), two);
    expect(readFileSync(join(dir, 'folder', 'dev.jsonl'), 'utf8')).toBe('dev\n');
  });
});
