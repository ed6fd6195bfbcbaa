import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { encodedFiles } from '../../../src/node/interchange/encodedFiles';
import { emptyProject, folderWith, into } from './build';

/** CoNLL-2002 Spanish's first sentences, in ISO-8859-1 as the shared task gave them (SOURCES.md there). */
const ESP = join(import.meta.dirname, '../../fixtures/conll/conll2002-esp-testa-head.conll');

describe('a CoNLL export of documents read from an ISO-8859-1 file', () => {
  it('is written in ISO-8859-1, byte for byte the file, with and without --scheme iob2', async () => {
    const { store } = await emptyProject();
    const bytes = readFileSync(ESP);
    expect(bytes.includes(0xf1)).toBe(true); // ñ of española, one byte in ISO-8859-1
    await importPaths(store, [ESP], into('amira'));
    for (const scheme of [undefined, 'iob2'] as const) {
      const { result, summary } = await exportProject(store, {
        format: 'conll',
        annotator: 'amira',
        ...(scheme ? { scheme } : {}),
      });
      expect(Buffer.from(result.files[0]?.bytes ?? [])).toEqual(bytes);
      expect(summary.notes).toContain(
        'conll2002-esp-testa-head.conll written in ISO-8859-1, the encoding its documents were read in',
      );
    }
  });

  it('is written back beside a file read from UTF-8, each in its encoding', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'b.conll': 'Peter B-PER\nañade O\n' });
    await importPaths(store, [ESP, join(dir, 'b.conll')], into('amira', { format: 'conll' }));
    const { result, summary } = await exportProject(store, { format: 'conll', annotator: 'amira' });
    expect(
      result.files.map((f) => [f.path, Buffer.from(f.bytes ?? Buffer.from(f.content))]),
    ).toEqual([
      ['b.conll', Buffer.from('Peter B-PER\nañade O\n')],
      ['conll2002-esp-testa-head.conll', readFileSync(ESP)],
    ]);
    expect(summary.notes.join('\n')).not.toMatch(/written in UTF-8/u);
  });

  it('is written in UTF-8 beside a document read from UTF-8 in one file of a split, a note saying why', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'b.conll': 'Peter B-PER\nañade O\n' });
    await importPaths(store, [ESP, join(dir, 'b.conll')], into('amira', { format: 'conll' }));
    const { result, summary } = await exportProject(store, {
      format: 'conll',
      annotator: 'amira',
      split: '100/0/0',
    });
    const [file] = result.files;
    expect(file?.encoding).toBeUndefined();
    expect(Buffer.from(file?.bytes ?? []).toString('utf8')).toContain('española ');
    expect(summary.notes.join('\n')).toMatch(
      /export written in UTF-8, not in the encoding its documents came in: documents read from files in ISO-8859-1 beside 1 read from UTF-8/u,
    );
  });

  it('stays UTF-8 for documents not read from such a file: no note', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'b.conll': 'Peter B-PER\nañade O\n' });
    await importPaths(store, [join(dir, 'b.conll')], into('amira'));
    const { result, summary } = await exportProject(store, { format: 'conll', annotator: 'amira' });
    expect(result.files[0]?.content).toBe('Peter B-PER\nañade O\n');
    expect(result.files[0]?.encoding).toBeUndefined();
    expect(summary.notes.join('\n')).not.toMatch(/ISO-8859-1|UTF-8/u);
  });
});

describe('encodedFiles', () => {
  it('writes UTF-8, naming the characters, when some are not in the encoding', () => {
    // ISO-8859-1 is U+0000–U+00FF: ñ fits, Ω (U+03A9) and ő (U+0151) do not.
    const { files, notes } = encodedFiles([
      { path: 'conll.txt', content: 'Señor B-Ωmega\nTőkés O\n', encoding: 'ISO-8859-1' },
    ]);
    expect(files[0]?.bytes).toBeUndefined();
    expect(files[0]?.encoding).toBeUndefined();
    expect(notes).toEqual([
      'conll.txt written in UTF-8, not in ISO-8859-1 its documents were read in: 2 characters added since ("Ω", "ő") are not in ISO-8859-1',
    ]);
  });

  it('writes UTF-16 with its byte-order mark, as it is only ever read by one', () => {
    const { files } = encodedFiles([
      { path: 'a.csv', content: 'text,label\r\nAAA,Positive', encoding: 'UTF-16LE' },
      { path: 'b.csv', content: 'é', encoding: 'UTF-16BE' },
    ]);
    expect(Buffer.from(files[0]?.bytes ?? []).subarray(0, 4)).toEqual(
      Buffer.from([0xff, 0xfe, 0x74, 0x00]),
    );
    expect(Buffer.from(files[1]?.bytes ?? [])).toEqual(Buffer.from([0xfe, 0xff, 0x00, 0xe9]));
  });

  it('leaves a file without an encoding as it is', () => {
    const file = { path: 'a.txt', content: 'Ω' };
    expect(encodedFiles([file])).toEqual({ files: [file], notes: [] });
  });
});
