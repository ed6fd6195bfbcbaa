import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { COMPLEX, EXPORTED, LABELING, PYTHON } from '../../shared/formats/doccano/arrayLayouts';
import { emptyProject, folderWith, into } from './build';

/** doccano's own export examples (tests/fixtures/real/SOURCES.md). */
const REAL = join(__dirname, '../../fixtures/real/doccano');
const load = (name: string) => readFileSync(join(REAL, name), 'utf8');

describe('doccano files through a project', () => {
  it('writes its fastText, CSV and JSONL files back under their names, byte for byte', async () => {
    const txt = 'export_text_classification_example.txt';
    const csv = 'export_sequence_to_sequence_example.csv';
    const jsonl = `${JSON.stringify({
      id: 3,
      text: 'Google was founded by Larry Page.',
      entities: [
        { id: 7, label: 'ORG', start_offset: 0, end_offset: 6 },
        { id: 8, label: 'PERSON', start_offset: 22, end_offset: 32 },
      ],
      relations: [],
    })}\n`;
    const folder = folderWith({ [txt]: load(txt), [csv]: load(csv), 'admin.jsonl': jsonl });
    const { store } = await emptyProject();
    await importPaths(store, [folder], { ...into('amy'), format: 'doccano' });
    const { result } = await exportProject(store, { format: 'doccano', annotator: 'amy' });
    const files = new Map(result.files.map((f) => [f.path, f.content]));
    expect([...files.keys()].sort()).toEqual(['admin.jsonl', csv, txt]);
    expect(files.get(txt)).toBe(load(txt));
    expect(files.get(csv)).toBe(load(csv));
    expect(files.get('admin.jsonl')).toBe(jsonl);
  });

  it('reads a folder’s CSV of other columns when they are named, as doccano’s column_data and column_label', async () => {
    const table = 'sentence,sentiment\nGreat price.,positive\nSlow.,negative\n';
    const folder = folderWith({ 'reviews.csv': table });
    const { store } = await emptyProject();
    const columns = { textColumn: 'sentence', labelColumn: 'sentiment' };
    const summary = await importPaths(store, [folder], { ...into('amy'), ...columns });
    expect(summary.format).toBe('doccano');
    expect(summary.documents).toHaveLength(2);
    const { result } = await exportProject(store, { format: 'doccano', annotator: 'amy' });
    expect(result.files.map((f) => [f.path, f.content])).toEqual([['reviews.csv', table]]);
  });

  it('writes JSON array files back under their names, byte for byte', async () => {
    const arrays = {
      'example.json': EXPORTED,
      'labeling.json': LABELING,
      'complex.json': COMPLEX,
      'python.json': PYTHON,
    };
    const { store } = await emptyProject();
    await importPaths(store, [folderWith(arrays)], { ...into('amy'), format: 'doccano' });
    const { result, summary } = await exportProject(store, { format: 'doccano', annotator: 'amy' });
    const files = Object.fromEntries(result.files.map((f) => [f.path, f.content]));
    expect(files).toEqual(arrays);
    expect(summary.notExpressed).toEqual({});
  });
});
