import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'labelstudio-min');

describe('loupe and Label Studio JSON-MIN', () => {
  const home = tempDir();

  it('imports a JSON-MIN export and exports it back as the same JSON', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(FIXTURES, 'ner_text_min.json');
    const imported = runCli(['import', dir, source, '--annotator', 'gold'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'labelstudio-min', '--gold', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    const written = readFileSync(join(out, 'labelstudio-min.json'), 'utf8');
    expect(JSON.parse(written)).toEqual(JSON.parse(readFileSync(source, 'utf8')));
  });

  it("imports Label Studio's CSV export of a choices project as document labels, no longer refused, and exports its cells back", () => {
    // The shape of jiuyueyueyue/Project2_IoT_QA_System's data/labeled_data.csv (our own rows):
    // every choice cell compact JSON, one choice as an object too. It was refused: "no annotation
    // was read … pass --skip-invalid to import the texts alone".
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const cells = [['fan', 'noise'], ['fan'], ['lamp', 'offline', 'urgent']];
    const source = join(tempDir(), 'labeled_data.csv');
    const row = (names: string[], i: number) =>
      [
        i + 1,
        1,
        '2026-06-22T09:53:52Z',
        i + 1,
        2.5,
        `"${JSON.stringify({ choices: names }).replaceAll('"', '""')}"`,
        'forum',
        `question ${i + 1}`,
        '2026-06-22T09:53:52Z',
      ].join(',');
    const header =
      'annotation_id,annotator,created_at,id,lead_time,sentiment,source,text,updated_at';
    writeFileSync(source, [header, ...cells.map(row), ''].join('\r\n'));
    const imported = runCli(['import', dir, source, '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/6 document labels into 1/);
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'labelstudio-min', '--annotator', '1', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    const records = JSON.parse(readFileSync(join(out, 'labelstudio-min.json'), 'utf8')) as {
      sentiment: unknown;
    }[];
    expect(records.map((r) => r.sentiment)).toEqual(cells.map((choices) => ({ choices })));
  });

  it('--text-field names the data field holding the text; without it the refusal names the option', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(tempDir(), 'tasks.json');
    // Made in our own words: two texts in one task that the region fits alike.
    writeFileSync(
      source,
      JSON.stringify([
        {
          id: 1,
          data: { title: 'Amira called', body: 'Amira at IBM called.' },
          annotations: [
            {
              result: [
                {
                  id: 'r1',
                  from_name: 'label',
                  to_name: 'doc',
                  type: 'labels',
                  value: { start: 0, end: 5, text: 'Amira', labels: ['PER'] },
                },
              ],
            },
          ],
        },
      ]),
    );
    const refused = runCli(['import', dir, source, '--annotator', 'gold'], home);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/data has several strings \(title, body\).*--text-field title/);
    const imported = runCli(
      ['import', dir, source, '--annotator', 'gold', '--text-field', 'body', '--json'],
      home,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ spans: 1 });
    const [name = ''] = readdirSync(join(dir, 'documents')).filter((f) => f.endsWith('.txt'));
    expect(readFileSync(join(dir, 'documents', name), 'utf8')).toBe('Amira at IBM called.');
  });
});
