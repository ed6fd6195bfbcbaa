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
