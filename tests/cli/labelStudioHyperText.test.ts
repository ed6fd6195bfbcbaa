import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'labelstudio-hypertext',
  'lsf_e2e_emoji_hypertext_tasks.json',
);

describe('loupe and Label Studio HyperText tasks', () => {
  const home = tempDir();

  it('imports the regions on HTML as spans and exports the tasks back byte for byte', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const imported = runCli(['import', dir, FIXTURE, '--annotator', 'amira', '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'labelstudio', spans: 3 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'labelstudio', '--annotator', 'amira', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    // Under the imported file's name, the one file written.
    expect(readFileSync(join(out, 'lsf_e2e_emoji_hypertext_tasks.json'), 'utf8')).toBe(
      readFileSync(FIXTURE, 'utf8'),
    );
  });

  it('refuses a task whose HTML holds a script, with file, line and reason, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(tempDir(), 'tasks.json');
    const task = JSON.parse(readFileSync(FIXTURE, 'utf8'))[1];
    task.data.text = `${task.data.text}<script>track()</script>`;
    writeFileSync(source, JSON.stringify([task], null, 2));
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--annotator', 'amira'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tasks\.json:5: data\.text: the HTML holds a <script> element/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
