import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, previewUploads, type ProjectFolder } from '../../../src/node';
import { FormatErrors } from '../../../src/shared/formats';
import { emptyProject, folderWith, into } from './build';

/** Written by `datasets` 5.0.1 and pyarrow 25 (tests/fixtures/huggingface/make.py). */
const FIXTURES = join(import.meta.dirname, '../../fixtures/huggingface');
const bytes = (path: string): Buffer => readFileSync(join(FIXTURES, path));

/**
 * The three records' entities, read by hand from make.py's tag ids and names
 * (3 = B-ORG, 7 = B-MISC, 1 2 = B-PER I-PER, 5 = B-LOC).
 */
const ENTITIES = [
  ['ORG', 'EU'],
  ['MISC', 'German'],
  ['MISC', 'British'],
  ['PER', 'Peter Blackburn'],
  ['LOC', 'BRUSSELS'],
];

/** Every span of `annotator`'s layer as [label, covered text], documents in name order. */
async function entities(store: ProjectFolder, annotator: string): Promise<string[][]> {
  const found: string[][] = [];
  const metas = [...store.listDocuments()].sort((a, b) => a.name.localeCompare(b.name));
  for (const meta of metas) {
    const text = [...(await store.readText(meta.id))];
    const layer = await store.readLayer(meta.id, annotator);
    for (const span of layer.spans)
      found.push([
        span.label,
        text.slice(span.fragments[0]?.start, span.fragments[0]?.end).join(''),
      ]);
  }
  return found;
}

/** Why an import failed, as the command line prints it. */
async function failure(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatErrors);
  return error instanceof FormatErrors
    ? error.errors.map((e) => `${e.file}: ${e.reason}`).join('\n')
    : '';
}

describe('importing Hugging Face Parquet and Arrow files', () => {
  it('reads what Dataset.to_parquet wrote, tag names from the file itself, and exports what the JSON Lines copy exports', async () => {
    const parquet = await emptyProject();
    const summary = await importPaths(
      parquet.store,
      [folderWith({ 'data/train.parquet': bytes('parquet/train.parquet') })],
      into('gold'),
    );
    expect(summary).toMatchObject({ format: 'hf', written: true });
    expect(summary.warnings.join('\n')).toMatch(
      /train\.parquet: Parquet: 3 rows read as JSON records .*tag names from its datasets metadata \(O, B-PER, I-PER, B-ORG, …\)/,
    );
    expect(await entities(parquet.store, 'gold')).toEqual(ENTITIES);

    // The same dataset as datasets' to_json wrote it, with save_to_disk's dataset_info.json.
    const jsonl = await emptyProject();
    await importPaths(
      jsonl.store,
      [
        folderWith({
          'data/train.jsonl': bytes('conll2003/train.jsonl'),
          'data/dataset_info.json': bytes('conll2003/dataset_info.json'),
        }),
      ],
      into('gold'),
    );
    const exported = async (store: ProjectFolder) =>
      (await exportProject(store, { format: 'hf', annotator: 'gold' })).result.files.map((f) => [
        f.path.replace('train.jsonl', 'train.parquet'),
        f.content.replaceAll('train.jsonl', 'train.parquet'),
      ]);
    const fromParquet = await exported(parquet.store);
    // The kept columns go back out: pos_tags and chunk_tags of the first record, as make.py has them.
    expect(fromParquet.map(([, c]) => c).join('\n')).toContain(
      '"chunk_tags":[11,21,11,12,21,22,11,12,0]',
    );
    expect(fromParquet).toEqual(await exported(jsonl.store));
  });

  it('reads a zstd-compressed file', async () => {
    const { store } = await emptyProject();
    await importPaths(
      store,
      [folderWith({ 'z.parquet': bytes('parquet/zstd.parquet') })],
      into('gold'),
    );
    expect(await entities(store, 'gold')).toEqual(ENTITIES);
  });

  it('asks for tag names when the file has integer labels without names, and reads it with them', async () => {
    const dir = folderWith({ 'unnamed.parquet': bytes('parquet/unnamed.parquet') });
    const refused = await emptyProject();
    expect(await failure(importPaths(refused.store, [dir], into('gold')))).toMatch(
      /unnamed\.parquet: .*--tag-names/,
    );
    expect(refused.store.listDocuments()).toEqual([]);
    const named = await emptyProject();
    await importPaths(
      named.store,
      [dir],
      into('gold', {
        tagNames: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'],
      }),
    );
    expect(await entities(named.store, 'gold')).toEqual(ENTITIES);
  });

  it('refuses a file cut short, naming it, and leaves the project untouched', async () => {
    const { store } = await emptyProject();
    const whole = bytes('parquet/train.parquet');
    const cut = whole.subarray(0, whole.length - 100);
    expect(
      await failure(importPaths(store, [folderWith({ 'cut.parquet': cut })], into('gold'))),
    ).toMatch(/cut\.parquet: is not a Parquet file \(it does not begin and end with PAR1\)/);
    expect(store.listDocuments()).toEqual([]);
  });

  it('reads the Arrow stream save_to_disk wrote, with its dataset_info.json and state.json, as the Parquet file', async () => {
    const saved = await emptyProject();
    const summary = await importPaths(
      saved.store,
      [
        folderWith({
          'saved/data-00000-of-00001.arrow': bytes('arrow/data-00000-of-00001.arrow'),
          'saved/dataset_info.json': bytes('arrow/dataset_info.json'),
          'saved/state.json': bytes('arrow/state.json'),
        }),
      ],
      into('gold'),
    );
    expect(summary).toMatchObject({ format: 'hf', written: true });
    expect(summary.warnings.join('\n')).toMatch(/data-00000-of-00001\.arrow: Arrow: 3 rows read/);
    expect(await entities(saved.store, 'gold')).toEqual(ENTITIES);
  });

  it('refuses an Arrow stream cut short between record batches (it would read as fewer rows)', async () => {
    const { store } = await emptyProject();
    const whole = bytes('arrow/data-00000-of-00001.arrow');
    const cut = whole.subarray(0, whole.length - 8); // the end-of-stream mark
    expect(
      await failure(importPaths(store, [folderWith({ 'd.arrow': cut })], into('gold'))),
    ).toMatch(/d\.arrow: is not a whole Arrow file/);
    expect(store.listDocuments()).toEqual([]);
  });

  it('reads a Parquet file chosen in the app (bytes sent as base64)', async () => {
    const { store } = await emptyProject();
    const preview = await previewUploads(
      store,
      [{ name: 'train.parquet', base64: bytes('parquet/train.parquet').toString('base64') }],
      into('gold'),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toMatchObject({ format: 'hf' });
    expect(preview.summary?.documents).toHaveLength(3);
  });
});
