import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { readBioc, readSpacyDocBin } from '../../../src/shared/formats';
import { emptyProject, folderWith, into, seedProject } from './build';

/** The formats whose export writes each file's documents back to it through `Format.sourceFile`. */
type Filed = 'spacy' | 'spacy-json' | 'hf' | 'conll' | 'stance-tsv' | 'pubtator' | 'bioc';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A fixture's text. */
function text(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A fixture's bytes. */
function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

/** Imports the files (name → bytes) into one project and exports them in `format`: the files written, path → bytes. */
async function roundTrip(
  format: Filed,
  files: Record<string, Uint8Array | string>,
  options: { split?: string; seeds?: boolean; allowEmpty?: boolean } = {},
): Promise<Map<string, Buffer>> {
  const { store } = await (options.seeds ? seedProject() : emptyProject());
  const dir = folderWith(files);
  await importPaths(
    store,
    Object.keys(files).map((name) => join(dir, name)),
    into('amy', { format }),
  );
  const split = options.split === undefined ? {} : { split: options.split };
  const allowEmpty = options.allowEmpty ? { allowEmpty: true } : {};
  const { result } = await exportProject(store, {
    format,
    annotator: 'amy',
    ...split,
    ...allowEmpty,
  });
  return new Map(
    result.files.map((f) => [f.path, Buffer.from(f.binary ?? f.bytes ?? Buffer.from(f.content))]),
  );
}

describe('an export of documents imported from several files writes each file back', () => {
  // spaCy's own train.spacy and dev.spacy (tests/fixtures/spacy-docbin/make_pair.py): each comes
  // back as the DocBin spaCy wrote, byte for byte once inflated (zlib may pack it otherwise).
  it('spaCy DocBin: train.spacy and dev.spacy come back as two files, their DocBins as spaCy wrote them', async () => {
    const train = fixture('spacy-docbin/train.spacy');
    const dev = fixture('spacy-docbin/dev.spacy');
    const out = await roundTrip('spacy', { 'dev.spacy': dev, 'train.spacy': train });
    expect([...out.keys()]).toEqual(['dev.spacy', 'train.spacy']);
    expect(inflateSync(out.get('dev.spacy') ?? Buffer.alloc(0)).equals(inflateSync(dev))).toBe(
      true,
    );
    expect(inflateSync(out.get('train.spacy') ?? Buffer.alloc(0)).equals(inflateSync(train))).toBe(
      true,
    );
  });

  it('spaCy JSON: two training files come back as two files, each the JSON it was', async () => {
    const training = text('spacy-json/training-data.json');
    const ner = text('spacy-json/ner-sent-per-line.json');
    const out = await roundTrip('spacy-json', {
      'training-data.json': training,
      'ner-sent-per-line.json': ner,
    });
    expect([...out.keys()].sort()).toEqual(['ner-sent-per-line.json', 'training-data.json']);
    expect(JSON.parse(out.get('training-data.json')?.toString() ?? '')).toEqual(
      JSON.parse(training),
    );
    expect(JSON.parse(out.get('ner-sent-per-line.json')?.toString() ?? '')).toEqual(
      JSON.parse(ner),
    );
  });

  it('Hugging Face: train.jsonl and validation.jsonl come back as two files, one card naming both', async () => {
    // datasets' to_json of CoNLL-2003's sentences (tests/fixtures/huggingface/make.py), cut in two.
    const [first = '', second = '', third = ''] = text('huggingface/conll2003/train.jsonl').split(
      '\n',
    );
    const train = `${first}\n${second}\n`;
    const validation = `${third}\n`;
    const out = await roundTrip('hf', {
      'train.jsonl': train,
      'validation.jsonl': validation,
      'dataset_info.json': text('huggingface/conll2003/dataset_info.json'),
    });
    expect([...out.keys()].sort()).toEqual([
      'README.md',
      'label_names.json',
      'train.jsonl',
      'validation.jsonl',
    ]);
    for (const [name, source] of [
      ['train.jsonl', train],
      ['validation.jsonl', validation],
    ] as const) {
      const records = (out.get(name)?.toString() ?? '').trim().split('\n').map(parsed);
      // Each record as the file had it, Loupe's `document` field beside its fields.
      expect(records.map(({ document: _, ...rest }) => rest)).toEqual(
        source.trim().split('\n').map(parsed),
      );
    }
    const card = out.get('README.md')?.toString() ?? '';
    expect(card).toContain('  - split: "train"\n    path: "train.jsonl"');
    expect(card).toContain('  - split: "validation"\n    path: "validation.jsonl"');
  });

  it('CoNLL: CoNLL-2002 Spanish and Dutch come back as two files, byte for byte', async () => {
    // ISO-8859-1, as the shared task gave them: written back in it.
    const esp = fixture('conll/conll2002-esp-testa-head.conll');
    const ned = fixture('conll/conll2002-ned-testa-two-docs.conll');
    const out = await roundTrip('conll', { 'esp.testa': esp, 'ned.testa': ned });
    expect([...out.entries()]).toEqual([
      ['esp.testa', esp],
      ['ned.testa', ned],
    ]);
  });

  it('CoNLL-U and OntoNotes files come back each as it was, byte for byte', async () => {
    const norne = text('conllu/norne-nob-dev-head.conllu');
    const ewt = text('real/conllu/ewt-dev-3docs.conllu');
    const cctv = text('conll2012/cctv_0000.gold_conll');
    const cnn = text('conll2012/cnn_0115.gold_conll');
    const conllu = await roundTrip('conll', { 'ewt.conllu': ewt, 'norne.conllu': norne });
    expect([...conllu.entries()].map(([p, b]) => [p, b.toString()])).toEqual([
      ['ewt.conllu', ewt],
      ['norne.conllu', norne],
    ]);
    const ontonotes = await roundTrip('conll', { 'cctv.gold_conll': cctv, 'cnn.gold_conll': cnn });
    expect([...ontonotes.entries()].map(([p, b]) => [p, b.toString()])).toEqual([
      ['cctv.gold_conll', cctv],
      ['cnn.gold_conll', cnn],
    ]);
  });

  it('PubTator and BioC go back to their files (as they did), PubTator and BioC JSON byte for byte', async () => {
    const cdr = text('pubtator/CDR_sample.PubTator.txt');
    const ncbi = text('pubtator/NCBI_sample_corpus.txt');
    const pubtator = await roundTrip('pubtator', { 'cdr.txt': cdr, 'ncbi.txt': ncbi });
    expect([...pubtator.entries()].map(([p, b]) => [p, b.toString()])).toEqual([
      ['cdr.txt', cdr],
      ['ncbi.txt', ncbi],
    ]);
    const xml = text('bioc/CDR_sample.BioC.xml');
    const json = text('bioc/pubtator3-38309274.json');
    const bioc = await roundTrip('bioc', { 'cdr.xml': xml, 'pubtator3.json': json });
    expect([...bioc.keys()].sort()).toEqual(['cdr.xml', 'pubtator3.json']);
    // BioC XML comes back with the same elements in the same order (its quoting is Loupe's).
    const read = (content: string) =>
      readBioc([{ path: 'cdr.xml', content }]).documents.map((d) => [d.name, d.text, d.spans]);
    expect(read(bioc.get('cdr.xml')?.toString() ?? '')).toEqual(read(xml));
    expect(bioc.get('pubtator3.json')?.toString()).toBe(json);
  });

  it('stance tables: two tables come back as two, each in its layout and row order; documents without stances add none', async () => {
    // P-Stance's layout, rows in our own words.
    const trump = [
      'ID,Tweet,Target,Stance',
      '30,"Build the wall, he said",Donald Trump,FAVOR',
      '4,Not my president,Donald Trump,AGAINST',
      '',
    ].join('\r\n');
    const biden = ['ID,Tweet,Target,Stance', '7,Four more years,Joe Biden,FAVOR', ''].join('\r\n');
    const out = await roundTrip(
      'stance-tsv',
      { 'raw_test_trump.csv': trump, 'raw_test_biden.csv': biden },
      { seeds: true },
    );
    expect([...out.entries()].map(([p, b]) => [p, b.toString()]).sort()).toEqual([
      ['raw_test_biden.csv', biden],
      ['raw_test_trump.csv', trump],
    ]);
  });

  it('documents of no file go to the format’s own file', async () => {
    const dev = fixture('spacy-docbin/dev.spacy');
    // The demo's five articles, made in Loupe, beside spaCy's dev.spacy: they go to train.spacy.
    const out = await roundTrip('spacy', { 'dev.spacy': dev }, { seeds: true });
    expect([...out.keys()]).toEqual(['dev.spacy', 'train.spacy']);
    expect(inflateSync(out.get('dev.spacy') ?? Buffer.alloc(0)).equals(inflateSync(dev))).toBe(
      true,
    );
    const made = readSpacyDocBin([
      { path: 'train.spacy', content: '', binary: out.get('train.spacy') ?? Buffer.alloc(0) },
    ]);
    expect(made.documents).toHaveLength(5);
  });

  it('a split export writes train, dev and test, not the files read', async () => {
    const dev = fixture('spacy-docbin/dev.spacy');
    const train = fixture('spacy-docbin/train.spacy');
    const split = await roundTrip(
      'spacy',
      { 'dev.spacy': dev, 'train.spacy': train },
      // Five documents leave a part empty: written, as asked.
      { split: '80/10/10', allowEmpty: true },
    );
    expect([...split.keys()]).toEqual(['train.spacy', 'dev.spacy', 'test.spacy']);
    const conll = await roundTrip(
      'conll',
      {
        'esp.testa': fixture('conll/conll2002-esp-testa-head.conll'),
        'ned.testa': text('conll/conll2002-ned-testa-two-docs.conll'),
      },
      { split: '80/10/10', allowEmpty: true },
    );
    expect([...conll.keys()]).toEqual(['train/conll.txt', 'dev/conll.txt', 'test/conll.txt']);
  });
});

/** Imports the folder of files (path below it → bytes) into one project and exports it in `format`. */
async function folderRoundTrip(
  format: Filed | 'doccano' | 'labelstudio',
  files: Record<string, Uint8Array | string>,
  options: { seeds?: boolean } = {},
): Promise<{ files: Map<string, Buffer>; notes: readonly string[] }> {
  const { store } = await (options.seeds ? seedProject() : emptyProject());
  await importPaths(store, [folderWith(files)], into('amy', { format }));
  const { result, summary } = await exportProject(store, { format, annotator: 'amy' });
  const written = result.files.map((f): [string, Buffer] => [
    f.path,
    Buffer.from(f.binary ?? f.bytes ?? Buffer.from(f.content)),
  ]);
  return { files: new Map(written), notes: summary.notes };
}

/** A Label Studio task array of one task, in our own words. */
function tasks(text: string, label: string, end: number): string {
  const value = { start: 0, end, text: text.slice(0, end), labels: [label] };
  const result = [{ id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value }];
  return `${JSON.stringify([{ id: 1, data: { text }, annotations: [{ id: 1, result }] }], null, 2)}\n`;
}

describe('an export writes each file back into the folder it sat in', () => {
  it('spaCy: a/train.spacy and b/train.spacy come back as a/train.spacy and b/train.spacy, not train-2.spacy', async () => {
    const train = fixture('spacy-docbin/train.spacy');
    const dev = fixture('spacy-docbin/dev.spacy');
    const { files } = await folderRoundTrip('spacy', {
      'a/train.spacy': train,
      'b/train.spacy': dev,
    });
    expect([...files.keys()].sort()).toEqual(['a/train.spacy', 'b/train.spacy']);
    expect(
      inflateSync(files.get('b/train.spacy') ?? Buffer.alloc(0)).equals(inflateSync(dev)),
    ).toBe(true);
  });

  it('CoNLL, spaCy JSON, Hugging Face and stance tables keep their folders too', async () => {
    const esp = fixture('conll/conll2002-esp-testa-head.conll');
    const ned = fixture('conll/conll2002-ned-testa-two-docs.conll');
    const conll = await folderRoundTrip('conll', { 'a/x.conll': esp, 'b/x.conll': ned });
    expect([...conll.files.entries()].sort()).toEqual([
      ['a/x.conll', esp],
      ['b/x.conll', ned],
    ]);
    const json = text('spacy-json/training-data.json');
    const spacyJson = await folderRoundTrip('spacy-json', { 'a/d.json': json, 'b/d.json': json });
    expect([...spacyJson.files.keys()].sort()).toEqual(['a/d.json', 'b/d.json']);
    const [first = '', second = ''] = text('huggingface/conll2003/train.jsonl').split('\n');
    const hf = await folderRoundTrip('hf', {
      'a/train.jsonl': `${first}\n`,
      'b/train.jsonl': `${second}\n`,
      'dataset_info.json': text('huggingface/conll2003/dataset_info.json'),
    });
    expect([...hf.files.keys()].sort()).toEqual([
      'README.md',
      'a/train.jsonl',
      'b/train.jsonl',
      'label_names.json',
    ]);
    const table = (id: string, target: string) =>
      `ID,Tweet,Target,Stance\r\n${id},Four more years,${target},FAVOR\r\n`;
    const stance = await folderRoundTrip(
      'stance-tsv',
      { 'a/test.csv': table('1', 'Joe Biden'), 'b/test.csv': table('2', 'Donald Trump') },
      { seeds: true },
    );
    expect([...stance.files.entries()].map(([p, b]) => [p, b.toString()]).sort()).toEqual([
      ['a/test.csv', table('1', 'Joe Biden')],
      ['b/test.csv', table('2', 'Donald Trump')],
    ]);
  });

  it('doccano and Label Studio files go back into their folders', async () => {
    const one = '{"text":"IBM hired Ana.","label":[[0,3,"ORG"]]}\n';
    const two = '{"text":"Ana left Rome.","label":[[9,13,"LOC"]]}\n';
    const doccano = await folderRoundTrip('doccano', { 'a/x.jsonl': one, 'b/x.jsonl': two });
    expect([...doccano.files.entries()].map(([p, b]) => [p, b.toString()]).sort()).toEqual([
      ['a/x.jsonl', one],
      ['b/x.jsonl', two],
    ]);
    const ls = await folderRoundTrip('labelstudio', {
      'a/tasks.json': tasks('IBM hired Ana.', 'ORG', 3),
      'c/d/tasks.json': tasks('Rome fell.', 'LOC', 4),
    });
    expect([...ls.files.keys()].sort()).toEqual(['a/tasks.json', 'c/d/tasks.json']);
  });
});

describe('documents of no file beside the files written back', () => {
  it('spaCy: a file named train.spacy keeps its name; documents of no file go to train-2.spacy, as the summary says', async () => {
    const train = fixture('spacy-docbin/train.spacy');
    const { files, notes } = await folderRoundTrip(
      'spacy',
      { 'train.spacy': train },
      { seeds: true },
    );
    expect([...files.keys()]).toEqual(['train.spacy', 'train-2.spacy']);
    expect(
      inflateSync(files.get('train.spacy') ?? Buffer.alloc(0)).equals(inflateSync(train)),
    ).toBe(true);
    expect(notes).toEqual([
      expect.stringMatching(
        /: 5 × document kept without the file it was imported from, written to train-2\.spacy$/,
      ),
    ]);
  });

  it('doccano and Label Studio: a file of the format’s own name is not overwritten by the documents of no file', async () => {
    const one = '{"text":"IBM hired Ana.","label":[[0,3,"ORG"]]}\n';
    const doccano = await folderRoundTrip('doccano', { 'doccano.jsonl': one }, { seeds: true });
    expect([...doccano.files.keys()]).toEqual(['doccano-2.jsonl', 'doccano.jsonl']);
    expect(doccano.files.get('doccano.jsonl')?.toString()).toBe(one);
    expect(doccano.notes).toContainEqual(expect.stringMatching(/written to doccano-2\.jsonl$/));
    const ls = await folderRoundTrip(
      'labelstudio',
      { 'labelstudio.json': tasks('IBM hired Ana.', 'ORG', 3) },
      { seeds: true },
    );
    expect([...ls.files.keys()]).toEqual(['labelstudio-2.json', 'labelstudio.json']);
    expect(ls.notes).toContainEqual(expect.stringMatching(/written to labelstudio-2\.json$/));
  });
});

/** A JSON Lines record. */
function parsed(line: string): Record<string, unknown> {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`not a record: ${line}`);
  return Object.fromEntries(Object.entries(value));
}
