import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const TEXT = 'Iraq asked the US.';

/** A project with one document `ap` made by `loupe init` and `loupe import`. */
function project(home: string): string {
  const dir = join(tempDir(), 'p');
  expect(runCli(['init', dir], home).code).toBe(0);
  const sources = tempDir('loupe-sources-');
  writeFileSync(join(sources, 'ap.txt'), TEXT);
  expect(runCli(['import', dir, sources], home).code).toBe(0);
  return dir;
}

/** A version 1 layer of `ap` by `tester` with one GPE span on "Iraq", its note given as bytes. */
function layerBytes(dir: string, note: Buffer): Buffer {
  const { textHash } = JSON.parse(readFileSync(join(dir, 'documents', 'ap.json'), 'utf8'));
  const head = [
    '{',
    '  "formatVersion": 1,',
    '  "documentId": "ap",',
    '  "annotator": "tester",',
    '  "status": "in_progress",',
    `  "textHash": "${textHash}",`,
    '  "documentLabels": {},',
    '  "relations": [],',
    '  "spans": [{"id": "s_1", "label": "GPE", "fragments": [{"start": 0, "end": 4}], "author": "tester",',
    '    "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z", "note": "',
  ].join('\n');
  return Buffer.concat([Buffer.from(head), note, Buffer.from('"}],\n  "stances": []\n}\n')]);
}

function writeLayer(dir: string, bytes: Buffer): string {
  mkdirSync(join(dir, 'annotations', 'tester'), { recursive: true });
  const path = join(dir, 'annotations', 'tester', 'ap.json');
  writeFileSync(path, bytes);
  return path;
}

/**
 * Project JSON files as an editor on another system saves them: with a UTF-8 byte-order mark
 * (read, as JSON allows), in UTF-16 or with bytes of another encoding (refused by file and line,
 * never read with U+FFFD in place of a letter and written back so).
 */
describe('the encoding of project JSON files', () => {
  const home = tempDir();

  it('reads a manifest and a layer saved with a UTF-8 byte-order mark', () => {
    const dir = project(home);
    const manifest = join(dir, 'loupe.json');
    writeFileSync(manifest, Buffer.concat([Buffer.from('\ufeff'), readFileSync(manifest)]));
    writeLayer(dir, Buffer.concat([Buffer.from('\ufeff'), layerBytes(dir, Buffer.from('café'))]));
    const validate = runCli(['validate', dir, '--json'], home);
    expect(validate.code, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, layers: 1, spans: 1 });
  });

  it('refuses a manifest saved as UTF-16, saying so', () => {
    const dir = project(home);
    const manifest = join(dir, 'loupe.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(
      manifest,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const stats = runCli(['stats', dir], home);
    expect(stats.code).not.toBe(0);
    expect(stats.stderr).toMatch(/loupe\.json: is UTF-16 text; .*save it as UTF-8/);
  });

  it('names a layer and an entity holding Latin-1 bytes by file and line, and leaves them as they are', () => {
    const dir = project(home);
    const latin1 = Buffer.from('caf\xe9', 'latin1'); // é as one Latin-1 byte: no UTF-8
    const layer = writeLayer(dir, layerBytes(dir, latin1));
    mkdirSync(join(dir, 'entities'), { recursive: true });
    const entity = join(dir, 'entities', 'e_mosul.json');
    writeFileSync(
      entity,
      Buffer.concat([
        Buffer.from('{\n  "formatVersion": 1,\n  "id": "e_mosul",\n  "name": "Mosul '),
        Buffer.from('\xe9', 'latin1'),
        Buffer.from('",\n  "type": "GPE",\n  "aliases": []\n}\n'),
      ]),
    );
    const before = [readFileSync(layer), readFileSync(entity)];
    const validate = runCli(['validate', dir, '--json'], home);
    expect(validate.code).not.toBe(0);
    const problems = JSON.parse(validate.stdout).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'annotations/tester/ap.json',
          line: 10,
          reason: expect.stringMatching(/is not valid UTF-8/),
        }),
        expect.objectContaining({
          file: 'entities/e_mosul.json',
          line: 4,
          reason: expect.stringMatching(/is not valid UTF-8/),
        }),
      ]),
    );
    expect([readFileSync(layer), readFileSync(entity)]).toEqual(before);
  });
});
