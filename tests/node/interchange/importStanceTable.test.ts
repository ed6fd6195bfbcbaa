import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { seedProject, folderWith, into } from './build';

/** SemEval-2016 Task 6's layout, rows in our own words; one target named as the demo schema names a topic. */
const TABLE = [
  'ID\tTarget\tTweet\tStance',
  '1\tUS troop presence in Iraq\tOur soldiers should stay and finish the job.\tFAVOR',
  '2\tHillary Clinton\tShe won the debate tonight. #SemST\tFAVOR',
  '',
].join('\n');

describe('importing a stance table into a project', () => {
  it('takes a target the schema already names as that topic, adds the others by their names, and exports the table back', async () => {
    const { store } = await seedProject();
    const summary = await importPaths(store, [folderWith({ 'stance.txt': TABLE })], into('gold'));
    expect(summary).toMatchObject({ format: 'stance-tsv', written: true });
    // The demo schema's topic, not a second one of the same name.
    const topics = store.manifest.schema.topics;
    expect(topics.filter((t) => t.name === 'US troop presence in Iraq').map((t) => t.id)).toEqual([
      'us-troop-presence',
    ]);
    expect(topics.find((t) => t.id === 'hillary-clinton')?.name).toBe('Hillary Clinton');
    const stanceTargets: string[] = [];
    for (const meta of store.listDocuments()) {
      const layer = await store.readLayer(meta.id, 'gold');
      for (const s of layer.stances)
        if (s.target?.kind === 'topic') stanceTargets.push(`${s.target.topicId} ${s.polarity}`);
    }
    expect(stanceTargets.sort()).toEqual(['hillary-clinton FAVOR', 'us-troop-presence FAVOR']);
    const { result } = await exportProject(store, { format: 'stance-tsv', annotator: 'gold' });
    expect(result.files[0]?.content).toBe(TABLE);
  });
});

/** P-Stance's layout with an ID column, rows in our own words; 30, 4, 200 sort otherwise by name. */
const CSV = [
  'ID,Tweet,Target,Stance',
  '30,"Build the wall, he said",Donald Trump,FAVOR',
  '4,Not my president,Donald Trump,AGAINST',
  '200,"Two lines:',
  'both for him",Donald Trump,FAVOR',
  '',
].join('\r\n');

describe('importing a comma-separated stance table', () => {
  it('reads the table from a folder (another CSV left alone) and exports it back in its own layout and row order', async () => {
    const { store } = await seedProject();
    const folder = folderWith({ 'raw_test_trump.csv': CSV, 'notes.csv': 'a,b\n1,2\n' });
    const summary = await importPaths(store, [folder], into('gold'));
    expect(summary).toMatchObject({ format: 'stance-tsv', written: true });
    const { result } = await exportProject(store, { format: 'stance-tsv', annotator: 'gold' });
    expect(result.files.map((f) => [f.path, f.content])).toEqual([['raw_test_trump.csv', CSV]]);
    const semeval = await exportProject(store, {
      format: 'stance-tsv',
      annotator: 'gold',
      columns: 'semeval',
    });
    expect(semeval.result.files[0]?.content).toBe(
      [
        'ID\tTarget\tTweet\tStance',
        '30\tDonald Trump\tBuild the wall, he said\tFAVOR',
        '4\tDonald Trump\tNot my president\tAGAINST',
        '200\tDonald Trump\tTwo lines: both for him\tFAVOR',
        '',
      ].join('\n'),
    );
  });
});
