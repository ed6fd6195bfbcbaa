import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, ProjectFolder } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

const PRODIGY = join(import.meta.dirname, '..', '..', 'fixtures', 'real', 'prodigy');

/** Bytes of the files of one annotator's layers. */
function layerBytes(projectDir: string, annotator: string): number {
  const dir = join(projectDir, 'annotations', annotator);
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

describe('Prodigy records in the project', () => {
  it('are stored without a second copy of their tokens, and exported back byte for byte', async () => {
    // explosion/projects food_data.jsonl lines 674 and 728: tokens without `ws`, kept as they
    // came. Loupe stored them twice (as objects, and as JSON text for their key order): the
    // layers took 76 964 bytes for this 21 791-byte file.
    const path = join(PRODIGY, 'food_data_lines_674_728.jsonl');
    const content = readFileSync(path, 'utf8');
    const { store } = await emptyProject();
    await importPaths(store, [path], into('ann'));
    expect(layerBytes(store.dir, 'ann')).toBeLessThan(2 * content.length);
    const exported = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(exported.result.files[0]?.content).toBe(content);
  });

  it('answered ignore or reject, are stored with one copy of their tokens, and exported back byte for byte', async () => {
    // explosion/projects ner_tweets test_annotated.jsonl line 2: answered ignore, with tokens.
    // Loupe stored its tokens twice (as objects, and as JSON text for their key order).
    const path = join(PRODIGY, 'ner_tweets_test_annotated_lines_1-2.jsonl');
    const content = readFileSync(path, 'utf8');
    const { store } = await emptyProject();
    await importPaths(store, [path], into('ann'));
    const layer = readFileSync(
      join(store.dir, 'annotations', 'ann', 'ner_tweets_test_annotated_lines_1-2-2.json'),
      'utf8',
    );
    // The layer holds no text: the token's is its only copy there.
    expect(layer.split('HappyBirthdayRemusLupin')).toHaveLength(2);
    const exported = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(exported.result.files[0]?.content).toBe(content);
  });

  it('named by their line go back in the file’s order, line 2 before line 10', async () => {
    // explosion/prodigy-recipes example-datasets/bio_events.jsonl lines 1-12: no meta.name,
    // so Loupe names them bio_events_lines_1-12-1 … -12, which the project lists by name (-1,
    // -10, -11, -12, -2, …): they were exported in that order.
    const path = join(PRODIGY, 'bio_events_lines_1-12.jsonl');
    const content = readFileSync(path, 'utf8');
    const { store } = await emptyProject();
    await importPaths(store, [path], into('ann'));
    const exported = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(exported.result.files[0]?.content).toBe(content);
  });

  it('are exported with tokens and token indices in every record when asked', async () => {
    // explosion/projects reddit_product ner.teach records: spans without token indices, no tokens.
    const path = join(PRODIGY, 'reddit_product_ner_teach_lines_1_8_46_653_711_1797.jsonl');
    const { store } = await emptyProject();
    await importPaths(store, [path], into('ann'));
    const plain = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(plain.result.files[0]?.content).not.toContain('"tokens"');
    const asked = await exportProject(store, {
      format: 'spans-jsonl',
      annotator: 'ann',
      tokens: true,
    });
    const records = (asked.result.files[0]?.content ?? '')
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { answer: string; tokens?: object[]; spans: { answer?: string }[] },
      );
    // Answered reject: kept as it came (a record, or a span of an accepted one: line 711's G3);
    // the accepted ones as Prodigy's ner_manual tasks are.
    for (const record of records.filter((r) => r.answer === 'accept')) {
      expect(Object.keys(record.tokens?.[0] ?? {})).toEqual(['text', 'start', 'end', 'id', 'ws']);
      for (const span of record.spans)
        if (span.answer === 'reject') expect(span).not.toHaveProperty('token_end');
        else expect(span).toHaveProperty('token_end');
    }
    expect(records.find((r) => r.answer === 'reject')).not.toHaveProperty('tokens');
    await expect(
      exportProject(store, { format: 'conll', annotator: 'ann', tokens: true }),
    ).rejects.toThrow('--tokens applies to spans JSONL exports only');
  });
  it('keep their fields in the file’s order when it is not sorted, `_session_id` after `_task_hash`', async () => {
    // In the shape of vidosuba/slovak-NER's prodigy/prodigy_jsonl/annotations_prod06.jsonl
    // (`prodigy db-out` of ner.manual, `_session_id: null`): a layer gives the kept fields
    // back sorted, so each record was written with `_session_id` before `_task_hash`.
    const tokens = [
      { id: 0, text: 'Baltské', start: 0, end: 7 },
      { id: 1, text: 'more', start: 8, end: 12 },
      { id: 2, text: '.', start: 13, end: 14 },
    ];
    const record = {
      text: 'Baltské more .',
      spans: [{ start: 0, end: 12, token_start: 0, token_end: 1, label: 'LOC' }],
      tokens,
      meta: { id: '3638' },
      _input_hash: 1379247085,
      _task_hash: 1369086198,
      _session_id: null,
      _view_id: 'ner_manual',
      answer: 'accept',
    };
    const content = `${JSON.stringify(record)}\n${JSON.stringify({ ...record, meta: { id: '7' } })}\n`;
    const dir = folderWith({ 'annotations_prod06.jsonl': content });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'annotations_prod06.jsonl')], into('ann'));
    // As `loupe export` reads it: from the layer files.
    const reopened = await ProjectFolder.open(store.dir);
    const exported = await exportProject(reopened, { format: 'spans-jsonl', annotator: 'ann' });
    expect(exported.result.files[0]?.content).toBe(content);
  });

  it('go back to the file they came from, under its name, one file per file imported', async () => {
    // vidosuba/slovak-NER's prodigy/prodigy_jsonl/annotations_prod06.jsonl came back as
    // spans.jsonl, unlike the other formats' files, which keep their names.
    const record = (text: string) => ({
      text,
      spans: [{ start: 0, end: 7, token_start: 0, token_end: 0, label: 'LOC' }],
      tokens: [{ id: 0, text: text.slice(0, 7), start: 0, end: 7 }],
      answer: 'accept',
    });
    const six = `${JSON.stringify(record('Baltské'))}\n`;
    const nine = `${JSON.stringify(record('Tatrami'))}\n`;
    const dir = folderWith({
      'annotations_prod06.jsonl': six,
      'more/annotations_prod09.jsonl': nine,
    });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'annotations_prod06.jsonl')], into('ann'));
    const one = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(one.result.files.map((f) => [f.path, f.content])).toEqual([
      ['annotations_prod06.jsonl', six],
    ]);
    await importPaths(store, [join(dir, 'more')], into('ann'));
    const reopened = await ProjectFolder.open(store.dir);
    const two = await exportProject(reopened, { format: 'spans-jsonl', annotator: 'ann' });
    expect(two.result.files.map((f) => [f.path, f.content]).sort()).toEqual([
      ['annotations_prod06.jsonl', six],
      ['annotations_prod09.jsonl', nine],
    ]);
  });

  it('keep spans.jsonl for records read from a doccano or Hugging Face .jsonl file', async () => {
    // Their own exports write those names: a spans JSONL export beside them would take them.
    const dir = folderWith({
      'doccano.jsonl': `${JSON.stringify({ text: 'Baltské more', label: [[0, 7, 'LOC']] })}\n`,
      'hf/train.jsonl': `${JSON.stringify({ tokens: ['Tatrami', 'hory'], ner_tags: [1, 0] })}\n`,
      'hf/label_names.json': JSON.stringify(['O', 'B-LOC', 'I-LOC']),
    });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'doccano.jsonl')], { ...into('ann'), format: 'doccano' });
    await importPaths(store, [join(dir, 'hf')], { ...into('ann'), format: 'hf' });
    const out = await exportProject(store, { format: 'spans-jsonl', annotator: 'ann' });
    expect(out.result.files.map((f) => f.path)).toEqual(['spans.jsonl']);
  });
});
