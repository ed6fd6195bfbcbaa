import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat, ImportFormat } from '../../../src/shared/contract/interchange';
import { folderWith } from '../interchange/build';
import { projectWith, tempDir } from '../../helpers/tempProject';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixture = (path: string): Buffer => readFileSync(join(FIXTURES, path));

/** Three doccano records, in our own words. */
const DOCCANO = [
  '{"text":"IBM hired Ana.","label":[[0,3,"ORG"]]}',
  '{"text":"Ana left Rome.","label":[[9,13,"LOC"]]}',
  '{"text":"Bo met Cy.","label":[[0,2,"PER"]]}',
].join('\n');

/** Three Prodigy ner_manual records, in our own words. */
const PRODIGY = ['IBM hired Ana.', 'Ana left Rome.', 'Bo met Cy.']
  .map((text) => JSON.stringify({ text, spans: [{ start: 0, end: 2, label: 'X' }] }))
  .join('\n');

/** A Label Studio task array of three tasks, in our own words. */
const TASKS = JSON.stringify(
  ['IBM hired Ana.', 'Rome fell.', 'Bo met Cy.'].map((text, i) => ({
    id: i + 1,
    data: { text },
    annotations: [
      {
        id: i + 1,
        result: [
          {
            id: `r${i}`,
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 0, end: 2, text: text.slice(0, 2), labels: ['X'] },
          },
        ],
      },
    ],
  })),
);

/** A P-Stance table of three rows. */
const STANCES =
  'ID,Tweet,Target,Stance\r\n1,Build the wall,Donald Trump,FAVOR\r\n2,Four more years,Joe Biden,FAVOR\r\n3,No way,Joe Biden,AGAINST\r\n';

/** A project holding the files (path below the folder imported → content), imported into amy's layer. */
async function imported(format: ImportFormat, files: Record<string, string | Uint8Array>) {
  const { workbench, dir } = await projectWith({}, 'amy');
  await workbench.importPaths({ paths: [folderWith(files)], format, annotator: 'amy' });
  return { workbench, dir };
}

/** Three parts of these few documents: some are left empty, written as asked (`--allow-empty`). */
const SPLIT = { split: '60/20/20', seed: 1, allowEmpty: true };

describe('a split export named as one file of its format', () => {
  it.each<[ImportFormat & ExportFormat, Record<string, string | Uint8Array>, string]>([
    [
      'spacy',
      {
        'train.spacy': fixture('spacy-docbin/train.spacy'),
        'dev.spacy': fixture('spacy-docbin/dev.spacy'),
      },
      'x.spacy',
    ],
    ['spacy-json', { 'training-data.json': fixture('spacy-json/training-data.json') }, 'x.json'],
    ['conll', { 'wnut.conll': fixture('conll/wnut17-emerging-dev.conll') }, 'x.conll'],
    ['doccano', { 'records.jsonl': DOCCANO }, 'x.jsonl'],
    ['labelstudio', { 'tasks.json': TASKS }, 'x.json'],
    ['stance-tsv', { 'pstance.csv': STANCES }, 'x.csv'],
    ['spans-jsonl', { 'records.jsonl': PRODIGY }, 'x.jsonl'],
  ])(
    '%s: a file per part beside the name (x.train, x.dev, x.test), no folder',
    async (format, files, name) => {
      const { workbench } = await imported(format, files);
      const folder = tempDir();
      const out = join(folder, name);
      const written = await workbench.exportTo({ format, annotator: 'amy', out, ...SPLIT });
      const dot = name.lastIndexOf('.');
      const expected = ['train', 'dev', 'test'].map(
        (part) => `${name.slice(0, dot)}.${part}${name.slice(dot)}`,
      );
      expect(readdirSync(folder).sort()).toEqual([...expected].sort());
      expect(existsSync(out)).toBe(false);
      expect(written.out).toBe(folder);
      expect(written.files.map((f) => f.path)).toEqual(expected.map((f) => join(folder, f)));
    },
  );

  it('Hugging Face, whose parts are several files each: refused, saying to give a folder name, nothing written', async () => {
    const [first = '', second = '', third = ''] = readFileSync(
      join(FIXTURES, 'huggingface/conll2003/train.jsonl'),
      'utf8',
    ).split('\n');
    const { workbench } = await imported('hf', {
      'train.jsonl': `${first}\n${second}\n${third}\n`,
      'dataset_info.json': fixture('huggingface/conll2003/dataset_info.json'),
    });
    const folder = tempDir();
    const refused = await workbench
      .exportTo({ format: 'hf', annotator: 'amy', out: join(folder, 'x.jsonl'), ...SPLIT })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^x\.jsonl names one file, .*give the export a folder name/),
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('stance-tsv: an empty part is the table the other parts are (header, delimiter, line ends), with no row', async () => {
    // Two rows: 60/20/20 of 2 documents leaves test without one.
    const twoRows = STANCES.split('\r\n').slice(0, 3).join('\r\n') + '\r\n';
    const { workbench } = await imported('stance-tsv', { 'pstance.csv': twoRows });
    const folder = tempDir();
    const written = await workbench.exportTo({
      format: 'stance-tsv',
      annotator: 'amy',
      out: join(folder, 'x.csv'),
      ...SPLIT,
    });
    expect(written.summary.warnings).toContain(
      'the test part holds no document (--split 60/20/20): written empty',
    );
    const header = 'ID,Tweet,Target,Stance\r\n';
    expect(readFileSync(join(folder, 'x.test.csv'), 'utf8')).toBe(header);
    expect(readFileSync(join(folder, 'x.train.csv'), 'utf8').startsWith(header)).toBe(true);
  });

  it('a folder name still writes the parts into it', async () => {
    const { workbench } = await imported('doccano', { 'records.jsonl': DOCCANO });
    const out = join(tempDir(), 'corpus');
    await workbench.exportTo({ format: 'doccano', annotator: 'amy', out, ...SPLIT });
    expect(readdirSync(out).sort()).toEqual(['dev', 'test', 'train']);
  });

  it('the Export dialog’s name x.spacy: x.train.spacy, x.dev.spacy, x.test.spacy in the exports folder', async () => {
    const { workbench, dir } = await imported('spacy', {
      'train.spacy': fixture('spacy-docbin/train.spacy'),
      'dev.spacy': fixture('spacy-docbin/dev.spacy'),
    });
    const written = await workbench.exportProject({
      format: 'spacy',
      annotator: 'amy',
      out: 'x.spacy',
      ...SPLIT,
    });
    expect(readdirSync(join(dir, 'exports')).sort()).toEqual([
      'x.dev.spacy',
      'x.test.spacy',
      'x.train.spacy',
    ]);
    expect(written.files.map((f) => f.path)).toEqual([
      'x.train.spacy',
      'x.dev.spacy',
      'x.test.spacy',
    ]);
  });

  it('the preview of a name says the files that name writes: x.spacy, or a file per part', async () => {
    const { workbench } = await imported('spacy', {
      'train.spacy': fixture('spacy-docbin/train.spacy'),
      'dev.spacy': fixture('spacy-docbin/dev.spacy'),
    });
    const paths = async (request: { out?: string; split?: string }) =>
      (await workbench.previewExport({ format: 'spacy', annotator: 'amy', ...request })).files.map(
        (f) => f.path,
      );
    expect(await paths({})).toEqual(['dev.spacy', 'train.spacy']);
    expect(await paths({ out: 'x.spacy' })).toEqual(['x.spacy']);
    expect(await paths({ out: 'x.spacy', ...SPLIT })).toEqual([
      'x.train.spacy',
      'x.dev.spacy',
      'x.test.spacy',
    ]);
    expect(await paths({ out: 'corpus' })).toEqual(['dev.spacy', 'train.spacy']);
  });
});
