import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat, ImportFormat } from '../../../src/shared/contract/interchange';
import { readSpacyDocBin } from '../../../src/shared/formats';
import { folderWith } from '../interchange/build';
import { projectWith, tempDir } from '../../helpers/tempProject';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixture = (path: string): Buffer => readFileSync(join(FIXTURES, path));

/** Two doccano JSON Lines files of one record each, in our own words. */
const DOCCANO = {
  one: '{"text":"IBM hired Ana.","label":[[0,3,"ORG"]]}\n',
  two: '{"text":"Ana left Rome.","label":[[9,13,"LOC"]]}\n',
};

/** A Label Studio task array of one task, in our own words. */
function tasks(text: string, label: string, end: number): string {
  const value = { start: 0, end, text: text.slice(0, end), labels: [label] };
  const result = [{ id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value }];
  return `${JSON.stringify([{ id: 1, data: { text }, annotations: [{ id: 1, result }] }], null, 2)}\n`;
}

/** A P-Stance table of one row. */
const stances = (id: string, tweet: string, target: string): string =>
  `ID,Tweet,Target,Stance\r\n${id},${tweet},${target},FAVOR\r\n`;

/** A project holding the files (path below the folder imported → content), imported into amy's layer. */
async function imported(format: ImportFormat, files: Record<string, string | Uint8Array>) {
  const { workbench, dir } = await projectWith({}, 'amy');
  const source = folderWith(files);
  await workbench.importPaths({ paths: [source], format, annotator: 'amy' });
  return { workbench, dir };
}

/** The files under `folder`, by path below it. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

describe('an export named as a file of its format is one file', () => {
  it('spaCy: train.spacy and dev.spacy exported to x.spacy make one DocBin of every document', async () => {
    const train = fixture('spacy-docbin/train.spacy');
    const dev = fixture('spacy-docbin/dev.spacy');
    const read = (binary: Uint8Array) =>
      readSpacyDocBin([{ path: 'x.spacy', content: '', binary }]).documents;
    const { workbench } = await imported('spacy', { 'train.spacy': train, 'dev.spacy': dev });
    const out = join(tempDir(), 'x.spacy');
    const written = await workbench.exportTo({ format: 'spacy', annotator: 'amy', out });
    expect(statSync(out).isFile()).toBe(true);
    expect(written.files.map((f) => f.path)).toEqual([out]);
    const all = [...read(dev), ...read(train)];
    expect(
      read(readFileSync(out))
        .map((d) => d.text)
        .sort(),
    ).toEqual(all.map((d) => d.text).sort());
    // A folder name still writes each file back.
    const folder = join(tempDir(), 'corpus');
    await workbench.exportTo({ format: 'spacy', annotator: 'amy', out: folder });
    expect(filesUnder(folder)).toEqual(['dev.spacy', 'train.spacy']);
  });

  it.each<[ImportFormat & ExportFormat, Record<string, string | Uint8Array>, string]>([
    [
      'spacy-json',
      {
        'training-data.json': fixture('spacy-json/training-data.json'),
        'ner-sent-per-line.json': fixture('spacy-json/ner-sent-per-line.json'),
      },
      'x.json',
    ],
    [
      'conll',
      {
        'esp.conll': fixture('conll/conll2002-esp-testa-head.conll'),
        'ned.conll': fixture('conll/conll2002-ned-testa-two-docs.conll'),
      },
      'x.conll',
    ],
    ['doccano', { 'one.jsonl': DOCCANO.one, 'two.jsonl': DOCCANO.two }, 'x.jsonl'],
    [
      'labelstudio',
      {
        'one.json': tasks('IBM hired Ana.', 'ORG', 3),
        'two.json': tasks('Rome fell.', 'LOC', 4),
      },
      'x.json',
    ],
    [
      'stance-tsv',
      {
        'trump.csv': stances('1', 'Build the wall', 'Donald Trump'),
        'biden.csv': stances('2', 'Four more years', 'Joe Biden'),
      },
      'x.csv',
    ],
  ])(
    '%s: two files imported, exported to one file of their extension',
    async (format, files, name) => {
      const { workbench } = await imported(format, files);
      const out = join(tempDir(), name);
      const written = await workbench.exportTo({ format, annotator: 'amy', out });
      expect(statSync(out).isFile()).toBe(true);
      expect(written.files).toHaveLength(1);
      expect(written.summary.documents).toBeGreaterThan(1);
    },
  );

  it('Hugging Face, whose export is several files whatever it holds: a file name is refused, saying to give a folder name', async () => {
    const [first = '', second = ''] = readFileSync(
      join(FIXTURES, 'huggingface/conll2003/train.jsonl'),
      'utf8',
    ).split('\n');
    const { workbench } = await imported('hf', {
      'train.jsonl': `${first}\n`,
      'validation.jsonl': `${second}\n`,
      'dataset_info.json': fixture('huggingface/conll2003/dataset_info.json'),
    });
    const out = join(tempDir(), 'x.jsonl');
    const refused = await workbench.exportTo({ format: 'hf', annotator: 'amy', out }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^x\.jsonl names one file, .*give the export a folder name/),
    });
    expect(existsSync(out)).toBe(false);
  });

  it('the Export dialog’s name: x.spacy is one file in the project’s exports folder', async () => {
    const { workbench, dir } = await imported('spacy', {
      'train.spacy': fixture('spacy-docbin/train.spacy'),
      'dev.spacy': fixture('spacy-docbin/dev.spacy'),
    });
    await workbench.exportProject({ format: 'spacy', annotator: 'amy', out: 'x.spacy' });
    expect(statSync(join(dir, 'exports', 'x.spacy')).isFile()).toBe(true);
  });
});
