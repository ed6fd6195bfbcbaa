import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';
import { DOCCANO_RELATION_RECORD } from '../helpers/doccanoRelationRecord';

describe('loupe export counts the relations it wrote', () => {
  const home = tempDir();

  it('says "2 relations" in its line and its --json for a doccano file with 2 relations', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    writeFileSync(join(source, 'all.jsonl'), `${JSON.stringify(DOCCANO_RELATION_RECORD)}\n`);
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ spans: 3, relations: 2 });

    const out = join(tempDir(), 'out');
    const args = ['export', dir, '--annotator', 'amira'];
    const doccano = runCli([...args, '--format', 'doccano', '--out', join(out, 'd')], home);
    expect(doccano.code).toBe(0);
    expect(doccano.stderr).toContain(
      'Exported 1 document, 3 spans, 2 relations, 0 stances of amira as doccano to',
    );
    const json = runCli([...args, '--format', 'doccano', '--out', join(out, 'j'), '--json'], home);
    expect(JSON.parse(json.stdout)).toMatchObject({ documents: 1, spans: 3, relations: 2 });
    const brat = runCli([...args, '--format', 'brat', '--out', join(out, 'b'), '--json'], home);
    expect(JSON.parse(brat.stdout)).toMatchObject({ spans: 3, relations: 2, notExpressed: {} });
  });

  it('keeps its words when it wrote no relation: no relations named, none in --json', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    writeFileSync(
      join(source, 'all.jsonl'),
      `${JSON.stringify({ ...DOCCANO_RELATION_RECORD, relations: [] })}\n`,
    );
    expect(runCli(['import', dir, source, '--annotator', 'amira'], home).code).toBe(0);
    const out = join(tempDir(), 'out');
    const args = ['export', dir, '--annotator', 'amira', '--format', 'doccano'];
    const exported = runCli([...args, '--out', out], home);
    expect(exported.stderr).toContain(
      'Exported 1 document, 3 spans, 0 stances of amira as doccano to',
    );
    const json = runCli([...args, '--out', join(tempDir(), 'j'), '--json'], home);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('relations');
  });
});
