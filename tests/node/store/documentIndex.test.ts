import { unlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadProblem } from '../../../src/node/store';
import { DocumentIndex } from '../../../src/node/store/documentIndex';
import { installFsTrap, withFsTrap } from '../../faults/support/fsTrap';
import { projectWith } from '../../helpers/tempProject';

const A = 'Alpha text, twenty c';
const B = 'Bravo text, twenty c';

describe('DocumentIndex', () => {
  it('keeps the texts read last within its budget and checks an evicted one again on the next read', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': A, 'b.txt': B });
    await workbench.close();
    const index = await DocumentIndex.load(dir, [], 30); // room for one 20-character text
    expect(await index.text('a')).toBe(A);
    expect(await index.text('b')).toBe(B); // evicts a
    await writeFile(join(dir, 'documents', 'a.txt'), A.toUpperCase());
    await writeFile(join(dir, 'documents', 'b.txt'), B.toUpperCase());
    expect(await index.text('b')).toBe(B); // kept: not read again
    await expect(index.text('a')).rejects.toThrow(/does not match its hash/);
  });

  it('reads a text longer than the whole budget every time instead of keeping it', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': A });
    await workbench.close();
    const index = await DocumentIndex.load(dir, [], 10);
    expect(await index.text('a')).toBe(A);
    await writeFile(join(dir, 'documents', 'a.txt'), A.toUpperCase());
    await expect(index.text('a')).rejects.toThrow(/does not match its hash/);
  });

  it('refuses a text whose meta overstates its length (spans past the end would pass the offset check)', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike 🙂 Pompeo' });
    await workbench.close();
    const metaFile = join(dir, 'documents', 'a.json');
    const meta = JSON.parse(await readFile(metaFile, 'utf8'));
    expect(meta.length).toBe(13);
    await writeFile(metaFile, JSON.stringify({ ...meta, length: 99_999 }));
    const index = await DocumentIndex.load(dir, []);
    await expect(index.text('a')).rejects.toThrow(
      /^documents\/a.json: records a length of 99999 code points, but the text has 13/,
    );
  });

  it('checks a text for an edit by reading it once, then by one lstat while the file is unchanged', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': A });
    await workbench.close();
    const index = await DocumentIndex.load(dir, []);
    const text = join(dir, 'documents', 'a.txt');
    const opened: string[] = [];
    await withFsTrap(
      (call) => {
        if (call.op === 'open' && call.path === text) opened.push(call.path);
      },
      async () => {
        for (let edit = 0; edit < 5; edit++) await index.checkText('a');
      },
    );
    expect(opened).toHaveLength(1);
    await writeFile(text, A.toUpperCase()); // same inode and size, another text
    await expect(index.checkText('a')).rejects.toThrow(/does not match its hash/);
    await expect(index.text('a')).rejects.toThrow(/does not match its hash/); // the kept copy went too
  });

  it('names a meta removed between listing the folder and reading it, instead of leaving its document out silently', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': A, 'b.txt': B });
    await workbench.close();
    const meta = join(dir, 'documents', 'b.json');
    const removeAtOpen = installFsTrap((call) => {
      if (call.op !== 'open' || call.path !== meta) return;
      removeAtOpen();
      unlinkSync(meta);
    });
    const problems: LoadProblem[] = [];
    try {
      const index = await DocumentIndex.load(dir, problems);
      expect(index.list().map((d) => d.id)).toEqual(['a']);
      expect(index.unread).toEqual([
        {
          file: 'documents/b.json',
          reason: expect.stringMatching(/^was removed while Loupe read/),
        },
      ]);
    } finally {
      removeAtOpen();
    }
  });
});
