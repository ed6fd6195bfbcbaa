import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { spanOver, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { dbOutFile, TWO_SESSIONS as ANSWERS, type DbOutAnswer } from '../../helpers/prodigyDbOut';
import { jsonLines } from '../../shared/formats/spansJsonl/build';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject } from './build';

/** The db-out file of {@link ANSWERS}, written to a folder of its own. */
function dbOut(answers: readonly DbOutAnswer[] = ANSWERS): { path: string; content: string } {
  const content = dbOutFile(answers);
  const path = join(tempDir('loupe-input-'), 'ner_news.jsonl');
  writeFileSync(path, content);
  return { path, content };
}

const local = { format: 'auto', annotator: { fallback: () => 'me' } } as const;

describe("a Prodigy export of several annotators' sessions", () => {
  it('is one document a task, with a layer per annotator named without the dataset', async () => {
    const { path } = dbOut();
    const { store } = await emptyProject();
    const summary = await importPaths(store, [path], local);
    expect(store.listDocuments()).toHaveLength(3);
    expect(await store.listAnnotators()).toEqual(['alice', 'bo']);
    expect(summary.documentCounts).toMatchObject({ added: 3 });
    const [first] = store.listDocuments();
    if (!first) throw new Error('no document');
    const alice = await store.readLayer(first.id, 'alice');
    const bo = await store.readLayer(first.id, 'bo');
    expect(alice.spans.map((s) => s.label)).toEqual(['PERSON', 'GPE', 'GPE']);
    expect(bo.spans.map((s) => s.label)).toEqual(['PERSON', 'GPE']);
  });

  it('goes back byte for byte, in the order answered, when both layers are exported', async () => {
    const { path, content } = dbOut();
    const { store } = await emptyProject();
    await importPaths(store, [path], local);
    const both = await exportProject(store, {
      format: 'spans-jsonl',
      annotator: 'alice',
      annotators: ['alice', 'bo'],
    });
    expect(both.result.files[0]?.content).toBe(content);
    expect(both.result.summary.notExpressed).toEqual({});
  });

  it("counts the other annotator's records a one-layer export leaves out", async () => {
    const { path, content } = dbOut();
    const { store } = await emptyProject();
    await importPaths(store, [path], local);
    const alone = await exportProject(store, { format: 'spans-jsonl', annotator: 'bo' });
    const boLines = content.split('\n').filter((line) => line.includes('"ner_news-bo"'));
    expect(alone.result.files[0]?.content).toBe(`${boLines.join('\n')}\n`);
    expect(alone.result.summary.notExpressed).toEqual({
      'record of another annotator of its task, in that annotator’s layer (export the layers together: --annotators)': 3,
    });
  });

  it('keeps each record in its annotator’s layer whatever --annotator says, and says so', async () => {
    const { path } = dbOut();
    const { store } = await emptyProject();
    const summary = await importPaths(store, [path], {
      format: 'auto',
      annotator: { explicit: 'carol', fallback: () => 'me' },
    });
    expect(await store.listAnnotators()).toEqual(['alice', 'bo']);
    expect(summary.warnings.join('\n')).toMatch(
      /--annotator carol names no layer of the 6 records whose file names several annotators \(alice, bo\)/,
    );
  });

  it('of one annotator goes to --annotator’s layer when given, else to the annotator’s', async () => {
    const { path } = dbOut(ANSWERS.filter((a) => a.session === 'alice'));
    const named = await emptyProject();
    await importPaths(named.store, [path], {
      format: 'auto',
      annotator: { explicit: 'carol', fallback: () => 'me' },
    });
    expect(await named.store.listAnnotators()).toEqual(['carol']);
    const own = await emptyProject();
    await importPaths(own.store, [path], local);
    expect(await own.store.listAnnotators()).toEqual(['ner_news-alice']);
  });

  it("writes a layer made in Loupe as its annotator's record of the task, which an import gives that layer again", async () => {
    const { path } = dbOut();
    const { store } = await emptyProject();
    await importPaths(store, [path], local);
    const [first] = store.listDocuments();
    if (!first) throw new Error('no document');
    const text = await store.readText(first.id);
    await writeAnnotatorLayer(store, first.id, 'carol', [spanOver(text, 'Iraq', 'GPE', 'c1')]);
    const all = await exportProject(store, {
      format: 'spans-jsonl',
      annotator: 'alice',
      annotators: ['alice', 'bo', 'carol'],
    });
    const content = all.result.files[0]?.content ?? '';
    const records = jsonLines(content);
    const carol = records.find((r) => r._annotator_id === 'ner_news-carol');
    // Keys in the order of the task's records, no meta.name where they have none.
    expect(Object.keys(carol ?? {})).toEqual(
      Object.keys(records[0] ?? {}).filter((k) => k !== '_timestamp'),
    );
    expect(carol).toMatchObject({
      _input_hash: records[0]?._input_hash,
      _task_hash: records[0]?._task_hash,
      _view_id: 'ner_manual',
      answer: 'accept',
      _session_id: 'ner_news-carol',
    });
    const again = await emptyProject();
    const file = join(tempDir('loupe-input-'), 'renamed.jsonl');
    writeFileSync(file, content);
    await importPaths(again.store, [file], local);
    expect(again.store.listDocuments()).toHaveLength(3);
    expect(await again.store.listAnnotators()).toEqual(['alice', 'bo', 'carol']);
  });
});
