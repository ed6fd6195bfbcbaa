import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectFolder, textHash } from '../../../src/node/store';
import { emptyLayer } from '../../../src/shared/model';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';

const TRICKY = 'Héllo 😀\r\nwörld 👩‍👩‍👧: Mike Pompeo met عبد المهدي.\r\n';

/** What Python's text[start:end] gives (the contract's reference), via python3 when present. */
function pythonSlice(file: string, start: number, end: number): string {
  const script =
    'import sys; t=open(sys.argv[1], encoding="utf-8", newline="").read(); sys.stdout.write(t[int(sys.argv[2]):int(sys.argv[3])])';
  return execFileSync('python3', ['-c', script, file, String(start), String(end)], {
    encoding: 'utf8',
  });
}

describe('ProjectFolder', () => {
  it('stores texts byte for byte with their hash and round-trips a layer', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TRICKY });
    const store = await ProjectFolder.open(dir);
    const [meta] = store.listDocuments();
    expect(await readFile(join(dir, 'documents', 'a.txt'), 'utf8')).toBe(TRICKY);
    expect(meta?.textHash).toBe(textHash(Buffer.from(TRICKY)));
    const layer = {
      ...emptyLayer('a', meta!.textHash, 'tester'),
      spans: [span(25, 36, 'PERSON', 's_1')],
    };
    await store.commit({ layers: [{ layer }] });
    const reopened = await ProjectFolder.open(dir);
    expect(await reopened.readLayer('a', 'tester')).toEqual(layer);
    await workbench.close();
  });

  it('stores code point offsets that Python slices to the covered text after emoji and CRLF', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TRICKY });
    const text = (await workbench.openDocument({ documentId: 'a' })).document.text;
    const at = Array.from(text).join('').indexOf('Mike Pompeo');
    const start = Array.from(text.slice(0, at)).length;
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start, end: start + 11 }],
    });
    const arabic = Array.from(text.slice(0, text.indexOf('عبد'))).length;
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: arabic, end: arabic + 10 }],
    });
    await workbench.close(); // folds the journal into the snapshot
    const stored = JSON.parse(await readFile(join(dir, 'annotations', 'tester', 'a.json'), 'utf8'));
    const file = join(dir, 'documents', 'a.txt');
    const slices = stored.spans.map((s: { start: number; end: number }) =>
      pythonSlice(file, s.start, s.end),
    );
    expect(slices).toEqual(['Mike Pompeo', 'عبد المهدي']);
    expect(start).toBe(22); // by hand: 'Héllo 😀' 7, CRLF 2, 'wörld ' 6 + family emoji 5 (3 people, 2 ZWJ) + ': ' 2
  });

  it('writes pretty JSON with a stable key order, a format version and one span per line', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 4 }],
    });
    const raw = await readFile(join(dir, 'annotations', 'tester', 'a.json'), 'utf8');
    expect(
      raw.startsWith(
        '{\n  "formatVersion": 2,\n  "documentId": "a",\n  "annotator": "tester",\n  "status": "in_progress",',
      ),
    ).toBe(true);
    expect(raw).toMatch(
      /\n {2}"spans": \[\n {4}\{"id":"s_[0-9a-f]{16}","label":"PERSON","start":0,"end":4,"createdAt":"[^"]+"\}\n {2}\],\n/,
    );
    expect(raw.endsWith('}\n')).toBe(true);
  });

  describe.each([
    ['bad JSON', '{"formatVersion": 1, "spans": [', /not valid JSON/],
    ['an unknown version', JSON.stringify({ formatVersion: 99 }), /unknown format version 99/],
    ['offsets outside the text', 'OUTSIDE', /lies outside the text/],
    ['a text hash mismatch', 'HASH', /does not match the document/],
  ])('a layer file with %s', (_name, content, reason) => {
    it('is reported with its name and reason, never overwritten, and the rest still opens', async () => {
      const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo', 'b.txt': 'Baghdad' });
      await workbench.addSpan({
        documentId: 'a',
        label: 'PERSON',
        fragments: [{ start: 0, end: 4 }],
      });
      const file = join(dir, 'annotations', 'tester', 'a.json');
      const good = JSON.parse(await readFile(file, 'utf8'));
      let broken = content;
      if (content === 'OUTSIDE')
        broken = JSON.stringify({
          ...good,
          spans: [{ ...good.spans[0], fragments: [{ start: 0, end: 99 }] }],
        });
      if (content === 'HASH')
        broken = JSON.stringify({ ...good, textHash: `sha256:${'0'.repeat(64)}` });
      await writeFile(file, broken);
      const store = await ProjectFolder.open(dir);
      await expect(store.readLayer('a', 'tester')).rejects.toThrow(reason);
      expect(store.problems[0]?.file).toBe('annotations/tester/a.json');
      await expect(
        store.commit({ layers: [{ layer: emptyLayer('a', good.textHash, 'tester') }] }),
      ).rejects.toThrow();
      expect(await readFile(file, 'utf8')).toBe(broken);
      expect(await store.readLayer('b', 'tester')).toMatchObject({ spans: [] });
    });
  });

  it('reports a damaged document meta file and opens the other documents', async () => {
    const { dir } = await projectWith({ 'a.txt': 'one', 'b.txt': 'two' });
    await writeFile(join(dir, 'documents', 'a.json'), '{ nope');
    const store = await ProjectFolder.open(dir);
    expect(store.listDocuments().map((d) => d.id)).toEqual(['b']);
    expect(store.problems).toEqual([
      { file: 'documents/a.json', reason: expect.stringMatching(/not valid JSON/), line: 1 },
    ]);
  });

  it('refuses a text changed on disk (hash mismatch)', async () => {
    const { dir } = await projectWith({ 'a.txt': 'one' });
    await writeFile(join(dir, 'documents', 'a.txt'), 'two');
    const store = await ProjectFolder.open(dir);
    await expect(store.readText('a')).rejects.toThrow(
      /documents\/a.txt: the text does not match its hash/,
    );
  });
});
