import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FormatErrors } from '../../../src/shared/formats';
import { exportProject, importPaths } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { emptyProject, folderWith, into } from './build';

const FIXTURES = join(import.meta.dirname, '../../fixtures/conll');

/** CoNLL-2002 Spanish in its shape (token and tag, Latin-1), our own words. */
const SPANISH = [
  'La O',
  'selección O',
  'de O',
  'España B-LOC',
  'jugó O',
  'en O',
  'Córdoba B-LOC',
  '. O',
  '',
  'Según O',
  'la O',
  'Federación B-ORG',
  'Española I-ORG',
  ', O',
  'ganó O',
  '. O',
].join('\n');

describe('importPaths of CoNLL / IOB files', () => {
  it('reads a Latin-1 file (as CoNLL-2002 is) by chardet’s guess, named in the summary', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'esp.train': iconv.encode(SPANISH, 'latin1') });
    const summary = await importPaths(
      store,
      [join(dir, 'esp.train')],
      into('amira', { format: 'conll' }),
    );
    expect(summary.warnings[0]).toMatch(
      /^.*esp\.train: not UTF-8 \(invalid bytes on line 2\): read as ISO-8859-1/,
    );
    const [meta] = store.listDocuments();
    const text = await store.readText(meta?.id ?? '');
    const layer = await store.readLayer(meta?.id ?? '', 'amira');
    expect(
      layer.spans.map((s) => [
        s.label,
        [...text].slice(s.fragments[0]?.start, s.fragments[0]?.end).join(''),
      ]),
    ).toEqual([
      ['LOC', 'España'],
      ['LOC', 'Córdoba'],
      ['ORG', 'Federación Española'],
    ]);
  });

  it('imports a folder’s .conll and tagged .tsv files, leaves other tables alone, and exports the files back', async () => {
    const { store } = await emptyProject();
    const wnut = readFileSync(join(FIXTURES, 'wnut17-emerging-dev.conll'), 'utf8');
    const dir = folderWith({
      'wnut.conll': wnut,
      'tweets.tsv': wnut,
      'stance.tsv': 'ID\tTarget\tTweet\tStance\n1\tIraq\tNo troops.\tAGAINST\n',
    });
    const summary = await importPaths(store, [dir], into('amira'));
    expect(summary).toMatchObject({ format: 'conll', written: true });
    expect(summary.documents.map((d) => [d.name, d.outcome])).toEqual([
      ['tweets.txt', 'added'],
      ['wnut.txt', 'added'],
    ]);
    expect(summary.warnings.at(-1)).toMatch(
      /1 file in other formats was left alone \(.*stance\.tsv\)/,
    );
    const { result } = await exportProject(store, { format: 'conll', annotator: 'amira' });
    // Each file back under its name, as it was.
    expect(result.files.map((f) => [f.path, f.content])).toEqual([
      ['tweets.tsv', wnut],
      ['wnut.conll', wnut],
    ]);
  });

  it('imports a folder’s files named as the CoNLL shared tasks named theirs (eng.testa), when tagged', async () => {
    // CoNLL-2003 eng.testa / eng.testb as published have no extension Loupe knew: the folder
    // import left them alone and a file import asked for --format.
    const { store } = await emptyProject();
    const dir = folderWith({
      'eng.testa': iconv.encode(SPANISH, 'latin1'),
      'esp.testb': SPANISH,
      'notes.test': 'Prose, not tokens.\n',
    });
    const summary = await importPaths(store, [dir], into('amira'));
    expect(summary).toMatchObject({ format: 'conll', written: true });
    expect(summary.documents.map((d) => d.name)).toEqual(['eng.txt', 'esp.txt']);
    expect(summary.spans).toBe(6); // España, Córdoba, Federación Española in each
    expect(summary.warnings.at(-1)).toMatch(
      /1 file in other formats was left alone \(.*notes\.test\)/,
    );
  });
  it('refuses a file with a line of other columns, naming file and line, and leaves the project untouched', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'a.conll': 'EU NNP B-ORG\nrejects O\n', 'b.conll': 'Iraq B-GPE\n' });
    const before = snapshotFolder(store.dir);
    const error = await importPaths(store, [dir], into('amira')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatErrors);
    expect((error as FormatErrors).errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      `${dir}/a.conll:2`,
    ]);
    expect(snapshotFolder(store.dir)).toEqual(before);
  });

  it('imports a folder’s .conllu file whose name tags are MISC entries', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({
      'a.conllu':
        '1\tEU\teu\tPROPN\t_\t_\t0\troot\t_\tname=B-ORG\n2\tvotes\tvote\tVERB\t_\t_\t1\tdep\t_\tname=O\n',
    });
    const summary = await importPaths(store, [dir], into('amira'));
    expect(summary).toMatchObject({ spans: 1 });
  });

  it('says how to import a .txt of tagged tokens, and imports it with --format conll', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({ 'train.txt': 'EU B-ORG\nrejects O\n' });
    const error = await importPaths(store, [dir], into('amira')).catch((e: unknown) => e);
    expect((error as FormatErrors).errors[0]?.reason).toContain(
      'Import it as CoNLL with --format conll',
    );
    const summary = await importPaths(
      store,
      [dir],
      into('amira', { format: 'conll', scheme: 'iob2' }),
    );
    expect(summary).toMatchObject({ spans: 1, documents: [{ name: 'train.txt' }] });
    expect(summary.warnings[0]).toContain('read as IOB2 (as --scheme says)');
  });
});
