import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeUploads,
  documentList,
  exportProject,
  gatherImportFiles,
  importPaths,
  importUploads,
} from '../../../src/node';
import type { FormatId } from '../../../src/shared/formats';
import { suggestionInputs } from '../../../src/node/suggest/suggestionInputs';
import { emptyProject, folderWith, into } from './build';

/** The project's documents as `folder/name` (`x.txt` without a folder). */
function listed(store: Awaited<ReturnType<typeof emptyProject>>['store']): string[] {
  return store
    .listDocuments()
    .map((d) => (d.folder === undefined ? d.name : `${d.folder}/${d.name}`))
    .sort();
}

/** A MAE file of one document whose text is `text`. */
function mae(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>\n<T>\n<TEXT><![CDATA[${text}]]></TEXT>\n<TAGS>\n<N id="N0" spans="0~3" text="${text.slice(0, 3)}" />\n</TAGS>\n</T>\n`;
}

/** A PubTator file of one document `pmid` whose title's first three characters are a PER. */
function pubtator(pmid: string, title: string): string {
  return `${pmid}|t|${title}\n${pmid}|a|\n${pmid}\t0\t3\t${title.slice(0, 3)}\tPER\t-\n\n`;
}

/** A BioC collection of one document `id` whose first three characters are a PER. */
function bioc(id: string, text: string): string {
  const annotation = `<annotation id="A1"><infon key="type">PER</infon><location offset="0" length="3"/><text>${text.slice(0, 3)}</text></annotation>`;
  return `<?xml version='1.0' encoding='utf-8'?>\n<collection><source/><date/><key/><document><id>${id}</id><passage><offset>0</offset><text>${text}</text>${annotation}</passage></document></collection>\n`;
}

describe('importing a folder tree keeps each document’s folder below the folder imported', () => {
  it('two x.txt in a/ and b/ are two documents, also with the same text (was: the second met the first)', async () => {
    const dir = folderWith({ 'a/x.txt': 'Same text.', 'b/x.txt': 'Same text.', 'top.txt': 'Top.' });
    const { store } = await emptyProject();
    const summary = await importPaths(store, [dir], into('amira'));
    expect(listed(store)).toEqual(['a/x.txt', 'b/x.txt', 'top.txt']);
    expect(summary.documents.map((d) => d.name)).toEqual(['a/x.txt', 'b/x.txt', 'top.txt']);
    expect(new Set(store.listDocuments().map((d) => d.id)).size).toBe(3);
    expect(summary.documentCounts).toEqual({ added: 3, newVersions: 0, alreadyPresent: 0 });
    expect(summary.kinds.find((k) => k.kind === 'documents')?.read).toBe(3);
    const again = await importPaths(store, [dir], into('amira'));
    expect(again.documents.map((d) => d.outcome)).toEqual(['attached', 'attached', 'attached']);
    expect(store.listDocuments()).toHaveLength(3);
  });

  it('a new text of b/x.txt is a new version of b/x.txt, not of a/x.txt', async () => {
    const { store } = await emptyProject();
    await importPaths(
      store,
      [folderWith({ 'a/x.txt': 'Alpha.', 'b/x.txt': 'Beta.' })],
      into('amy'),
    );
    const b = store.listDocuments().find((d) => d.folder === 'b');
    const summary = await importPaths(
      store,
      [folderWith({ 'b/x.txt': 'Beta, again.' })],
      into('amy'),
    );
    expect(summary.newVersions.map((v) => [v.name, v.previousId])).toEqual([['b/x.txt', b?.id]]);
  });

  it('a file named alone, or the folder it sits in, has no folder: only what sits below the folder imported', async () => {
    const dir = folderWith({ 'a/deep/x.txt': 'One.', 'b/y.txt': 'Two.' });
    const gathered = await gatherImportFiles([join(dir, 'a'), join(dir, 'b', 'y.txt')]);
    expect(gathered.files.map((f) => f.folder)).toEqual(['deep', undefined]);
    const { store } = await emptyProject();
    await importPaths(
      store,
      [join(dir, 'a', 'deep', 'x.txt'), join(dir, 'b', 'y.txt')],
      into('amy'),
    );
    expect(listed(store)).toEqual(['x.txt', 'y.txt']);
  });

  it('meets a document imported before Loupe kept folders instead of adding it again', async () => {
    const dir = folderWith({ 'a/x.txt': 'Same text.', 'b/x.txt': 'Same text.' });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'a', 'x.txt')], into('amy'));
    const summary = await importPaths(store, [dir], into('amy'));
    expect(summary.documents.map((d) => [d.name, d.outcome])).toEqual([
      ['x.txt', 'attached'],
      ['b/x.txt', 'added'],
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps no folder a name with a backslash, a colon or a line break, and says so; follows no link out',
    async () => {
      const dir = folderWith({ 'a\\b/x.txt': 'One.', 'c:d/y.txt': 'Two.', 'e\nf/z.txt': 'Three.' });
      const outside = folderWith({ 'secret/s.txt': 'Secret.' });
      mkdirSync(join(dir, 'ok'));
      symlinkSync(join(outside, 'secret'), join(dir, 'ok', 'linked.txt'));
      symlinkSync(join(outside, 'secret', 's.txt'), join(dir, 'ok', 'out.txt'));
      const gathered = await gatherImportFiles([dir]);
      expect(gathered.files.map((f) => [f.path.slice(dir.length + 1), f.folder])).toEqual([
        ['a\\b/x.txt', undefined],
        ['c:d/y.txt', undefined],
        ['e\nf/z.txt', undefined],
      ]);
      expect(gathered.notes).toHaveLength(3);
      expect(gathered.notes[0]).toMatch(/not one Loupe keeps.*imported at the top/);
      expect(gathered.problems.map((p) => p.file.slice(dir.length + 1)).sort()).toEqual([
        'ok/linked.txt',
        'ok/out.txt',
      ]);
    },
  );

  it('keeps no folder deeper than 16', async () => {
    const deep = Array.from({ length: 17 }, (_, i) => `d${i}`).join('/');
    const dir = folderWith({ [`${deep}/x.txt`]: 'Deep.' });
    const gathered = await gatherImportFiles([dir]);
    expect(gathered.files.map((f) => f.folder)).toEqual([undefined]);
  });

  it('files chosen in the app keep their folder below the folder chosen; names leading out are refused', async () => {
    const upload = (name: string, text: string) => ({
      name,
      base64: Buffer.from(text).toString('base64'),
    });
    const gathered = await decodeUploads([
      upload('corpus/a/x.txt', 'One.'),
      upload('corpus/x.txt', 'Two.'),
      upload('y.txt', 'Three.'),
      upload('corpus/../../etc/passwd.txt', 'No.'),
    ]);
    expect(gathered.files.map((f) => [f.path, f.folder])).toEqual([
      ['corpus/a/x.txt', 'a'],
      ['corpus/x.txt', undefined],
      ['y.txt', undefined],
    ]);
    expect(gathered.problems).toHaveLength(1);
    const { store } = await emptyProject();
    await importUploads(
      store,
      [upload('corpus/a/x.txt', 'One.'), upload('corpus/b/x.txt', 'One.')],
      into('amy'),
    );
    expect(listed(store)).toEqual(['a/x.txt', 'b/x.txt']);
  });
});

/** A brat document `path` (`a/x`) whose first three characters are a PER. */
function bratDoc(path: string, text: string): Record<string, string> {
  return { [`${path}.txt`]: text, [`${path}.ann`]: `T1\tPER 0 3\t${text.slice(0, 3)}\n` };
}

describe('exports of a file per document write each document into its folder', () => {
  const brat = { ...bratDoc('a/x', 'Alpha.'), ...bratDoc('b/x', 'Beta.') };
  const cases: [Exclude<FormatId, 'txt'>, Record<string, string>, string[]][] = [
    ['brat', brat, ['a/x.ann', 'a/x.txt', 'b/x.ann', 'b/x.txt']],
    ['mae', { 'a/x.xml': mae('Alpha.'), 'b/x.xml': mae('Beta.') }, ['a/x.xml', 'b/x.xml']],
    ['webanno', brat, ['a/x.tsv', 'b/x.tsv']],
    [
      'bioc',
      { 'a/c.xml': bioc('1', 'Alpha.'), 'b/c.xml': bioc('2', 'Beta.') },
      ['a/c.xml', 'b/c.xml'],
    ],
    ['xmi', brat, ['a/x.xmi', 'b/x.xmi']],
    [
      'pubtator',
      { 'a/p.pubtator': pubtator('1', 'Alpha'), 'b/p.pubtator': pubtator('2', 'Betas') },
      ['a/p.pubtator', 'b/p.pubtator'],
    ],
  ];
  it.each(cases)('%s', async (format, files, expected) => {
    const { store } = await emptyProject();
    await importPaths(store, [folderWith(files)], into('amy'));
    const { result } = await exportProject(store, { format, annotator: 'amy' });
    const paths = result.files.map((f) => f.path).filter((p) => p.includes('/'));
    expect(paths.sort()).toEqual(expected);
  });

  it('a plain text tree, annotated, exported as brat comes back as the same tree', async () => {
    const texts = { 'a/x.txt': 'One two.', 'b/c/x.txt': 'Three four.' };
    const { store } = await emptyProject();
    await importPaths(store, [folderWith(texts)], into('amy'));
    const annotated = {
      ...bratDoc('a/x', texts['a/x.txt']),
      ...bratDoc('b/c/x', texts['b/c/x.txt']),
    };
    const summary = await importPaths(store, [folderWith(annotated)], into('amy'));
    expect(summary.documents.map((d) => d.outcome)).toEqual(['attached', 'attached']);
    const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
    const written = result.files.filter((f) => f.path.endsWith('.txt')).map((f) => f.path);
    expect(written.sort()).toEqual(Object.keys(texts));
  });
});

describe('a document in a folder is named with its folder wherever Loupe names it', () => {
  it('in the document list, the import summary and validate', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'a/x.txt': 'One.', 'b/x.txt': 'Two.', 'b/y.txt': 'One.' });
    const summary = await importPaths(store, [dir], into('amy'));
    expect(summary.documents.map((d) => [d.name, d.sameTextAs])).toEqual([
      ['a/x.txt', undefined],
      ['b/x.txt', undefined],
      ['b/y.txt', 'a/x.txt'],
    ]);
    const rows = await documentList(store, 'amy');
    expect(rows.map((r) => r.name).sort()).toEqual(['a/x.txt', 'b/x.txt', 'b/y.txt']);
  });

  it('in suggest --documents, which takes a/x.txt as the user reads it', async () => {
    const { store } = await emptyProject();
    const texts = { 'a/x.txt': 'Ana vino.', 'b/x.txt': 'Jan kwam.', 'c.txt': 'Eva fue.' };
    await importPaths(store, [folderWith(texts)], into('lena'));
    await importPaths(store, [folderWith(bratDoc('c', texts['c.txt']))], into('lena'));
    const inputs = await suggestionInputs(store, 'lena', { documents: ['b/x.txt'] });
    expect(inputs.targets.map((t) => t.text)).toEqual(['Jan kwam.']);
  });

  it('in suggest --documents, a bare name one folder has finds it, one two folders share is refused naming both', async () => {
    const { store } = await emptyProject();
    const texts = { 'a/x.txt': 'Ana vino.', 'b/x.txt': 'Jan kwam.', 'b/y.txt': 'Eva fue.' };
    await importPaths(store, [folderWith(texts)], into('lena'));
    await importPaths(store, [folderWith(bratDoc('c', 'Ana fue.'))], into('lena'));
    const inputs = await suggestionInputs(store, 'lena', { documents: ['y.txt'] });
    expect(inputs.targets.map((t) => t.text)).toEqual(['Eva fue.']);
    await expect(suggestionInputs(store, 'lena', { documents: ['x.txt'] })).rejects.toThrow(
      '"x.txt" names 2 documents (a/x.txt, b/x.txt); give one of these',
    );
  });
});
