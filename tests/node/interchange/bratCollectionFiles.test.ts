import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { MAX_COLLECTION_FILE_CHARS } from '../../../src/shared/model';
import { emptyProject, folderWith, into } from './build';

const CONF =
  '# ours\n[entities]\nPER\n[relations]\n<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n[events]\n[attributes]\n';
const COLLECTION = {
  'annotation.conf': CONF,
  'visual.conf': '[drawing]\nPER\tbgColor:#ffccaa\n',
  'tools.conf': '[search]\nGoogle\t<URL>:http://www.google.com/search?q=%s\n',
  'kb_shortcuts.conf': 'P\tPER\n',
  README: 'A collection.\n',
  'esp/annotation.conf': CONF,
  'esp/a.txt': 'Ana vino.',
  'esp/a.ann': 'T1\tPER 0 3\tAna\n',
  'ned/b.txt': 'Jan kwam.',
  'ned/b.ann': 'T1\tPER 0 3\tJan\n',
};

async function exported(files: Record<string, string>) {
  const { store } = await emptyProject();
  const summary = await importPaths(store, [folderWith(files)], into('amy'));
  const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
  return { store, summary, result, byPath: new Map(result.files.map((f) => [f.path, f.content])) };
}

describe('a brat export writes back the collection files a brat import kept', () => {
  it('annotation.conf, visual.conf, tools.conf, kb_shortcuts.conf and README, byte for byte, in their folders', async () => {
    const { byPath, summary } = await exported(COLLECTION);
    expect(summary.format).toBe('brat');
    expect(summary.documents.map((d) => d.name)).toEqual(['esp/a.txt', 'ned/b.txt']);
    for (const [path, content] of Object.entries(COLLECTION))
      expect(byPath.get(path)).toBe(content);
  });

  it('makes annotation.conf again where the kept one does not declare a label written', async () => {
    const { store } = await emptyProject();
    await importPaths(store, [folderWith(COLLECTION)], into('amy'));
    const more = { 'esp/a.txt': 'Ana vino.', 'esp/a.ann': 'T1\tPER 0 3\tAna\nT2\tLOC 4 8\tvino\n' };
    await importPaths(store, [folderWith(more)], into('amy'));
    const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
    const byPath = new Map(result.files.map((f) => [f.path, f.content]));
    expect(byPath.get('annotation.conf')).toMatch(/^LOC$/m);
    expect(byPath.get('annotation.conf')).not.toBe(CONF);
    expect(byPath.get('esp/annotation.conf')).toMatch(/^LOC$/m);
    expect(byPath.get('tools.conf')).toBe(COLLECTION['tools.conf']);
    expect(Object.keys(result.summary.notes ?? {}).join()).toMatch(
      /annotation\.conf kept .* made again/,
    );
  });

  it('keeps no file larger than it reads, says so, and a README of another format is no document', async () => {
    const big = { ...COLLECTION, README: 'x'.repeat(MAX_COLLECTION_FILE_CHARS + 1) };
    const { byPath, summary } = await exported(big);
    expect(byPath.has('README')).toBe(false);
    expect(summary.warnings.join('\n')).toMatch(/README: not kept .* larger than/);
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ README: 'Read me.', 'a.txt': 'Text.' })], into('amy'));
    expect(store.listDocuments().map((d) => d.name)).toEqual(['a.txt']);
  });

  it('an import of the same collection again changes no manifest', async () => {
    const { store } = await emptyProject();
    const dir = folderWith(COLLECTION);
    await importPaths(store, [dir], into('amy'));
    const before = JSON.stringify(store.manifest);
    await importPaths(store, [dir], into('amy'));
    expect(JSON.stringify(store.manifest)).toBe(before);
    expect(
      store.manifest.collectionFiles?.map((f) => `${f.folder ?? '.'}/${f.name}`).sort(),
    ).toEqual([
      './README',
      './annotation.conf',
      './kb_shortcuts.conf',
      './tools.conf',
      './visual.conf',
      'esp/annotation.conf',
    ]);
  });
});
