import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const region = (id: string, start: number, text: string, label: string) => ({
  id,
  from_name: 'label',
  to_name: 'text',
  type: 'labels',
  value: { start, end: start + text.length, text, labels: [label] },
});

/**
 * A Label Studio JSON export of two people's work: both mark Mike Pompeo in task 1; in task 2
 * alice skipped (Label Studio's Skip: `was_cancelled`, no result), bo marks an ORG.
 */
const TASKS = [
  {
    id: 1,
    data: { text: 'Mike Pompeo met Adil in Baghdad.' },
    annotations: [
      {
        id: 11,
        completed_by: { id: 1, email: 'alice@example.org' },
        was_cancelled: false,
        result: [region('a1', 0, 'Mike Pompeo', 'PER')],
      },
      {
        id: 12,
        completed_by: { id: 2, email: 'bo@example.org' },
        was_cancelled: false,
        result: [region('b1', 0, 'Mike Pompeo', 'PER')],
      },
    ],
  },
  {
    id: 2,
    data: { text: 'The State Department spoke.' },
    annotations: [
      {
        id: 21,
        completed_by: { id: 1, email: 'alice@example.org' },
        was_cancelled: true,
        result: [],
      },
      {
        id: 22,
        completed_by: { id: 2, email: 'bo@example.org' },
        was_cancelled: false,
        result: [region('b2', 4, 'State Department', 'ORG')],
      },
    ],
  },
];

describe('loupe agree over a Label Studio task one annotator cancelled', () => {
  it('leaves the task out for them instead of counting it as an empty annotation', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    const file = join(tempDir('loupe-input-'), 'tasks.json');
    writeFileSync(file, JSON.stringify(TASKS));
    expect(runCli(['init', dir], home).code).toBe(0);
    const imported = runCli(['import', dir, file], home);
    expect(imported.code, imported.stderr).toBe(0);

    const agree = runCli(['agree', dir, '--annotators', 'alice,bo', '--json'], home);
    expect(agree.code, agree.stderr).toBe(0);
    const json = JSON.parse(agree.stdout);
    expect(json.spans.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(json.skipped).toEqual({ alice: 1 });
    expect(json.documents).toHaveLength(1);
  });
});
