import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatErrors } from '../../../src/shared/formats';
import { importPaths, importUploads, previewUploads } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { tempDir } from '../../helpers/tempProject';
import { at, emptyProject, folderWith, into, seedProject, seedText, tLine } from './build';

const SEED_000 = '000_90267a0c835213d2';

describe('importPaths', () => {
  it('attaches brat annotations of a seed text to that document, with entity link, stance and schema additions', async () => {
    const { store } = await seedProject();
    const text = seedText('000');
    const pompeo = at(text, 'Pompeo');
    const iraq = at(text, 'Iraq', text.indexOf('Pompeo'));
    expect(
      text.slice(text.indexOf('Pompeo'), text.indexOf('Iraq', text.indexOf('Pompeo'))),
    ).not.toMatch(/\n/);
    const ann = [
      tLine('T1', 'PERSON', text, ...pompeo),
      tLine('T2', 'GPE', text, ...iraq),
      tLine('T3', 'Stance', text, pompeo[0], iraq[1]),
      `N1\tReference T1 Wikidata:Q473239\tMike Pompeo`,
      `E1\tStance:T3 Holder:T1`,
      `A1\tPolarity E1 SKEPTICAL`,
      `A2\tTarget E1 pompeo-visit`,
    ].join('\n');
    const dir = folderWith({ [`${SEED_000}.txt`]: text, [`${SEED_000}.ann`]: `${ann}\n` });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary).toMatchObject({ format: 'brat', written: true, spans: 3, stances: 1 });
    expect(summary.documents).toEqual([
      {
        name: `${SEED_000}.txt`,
        documentId: SEED_000,
        annotator: 'gold',
        outcome: 'attached',
        spans: 3,
        stances: 1,
      },
    ]);
    expect(summary.schemaAdded).toMatchObject({
      labels: ['Stance'],
      polarities: ['SKEPTICAL'],
      topics: ['pompeo-visit'],
    });
    expect(summary.entitiesAdded).toEqual(['Mike Pompeo (Q473239)']);
    expect(store.listDocuments()).toHaveLength(5);
    const layer = await store.readLayer(SEED_000, 'gold');
    const person = layer.spans.find((s) => s.label === 'PERSON');
    expect(person?.fragments).toEqual([{ start: pompeo[0], end: pompeo[1] }]);
    expect(store.entities.get(person?.entityId ?? '')).toMatchObject({
      kbId: 'Q473239',
      type: 'PERSON',
    });
    expect(layer.stances[0]).toMatchObject({
      polarity: 'SKEPTICAL',
      holder: { kind: 'span', spanId: person?.id },
      target: { kind: 'topic', topicId: 'pompeo-visit' },
    });
    expect(store.manifest.schema.polarities).toContain('SKEPTICAL');
    expect(store.manifest.styles.Stance?.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('does not add anything twice when the same file is imported again', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({
      'a.jsonl':
        '{"text": "Mike Pompeo 😀 spoke", "spans": [{"start": 0, "end": 11, "label": "PERSON"}]}\n',
    });
    await importPaths(store, [dir], into('amira'));
    const before = snapshotFolder(store.dir);
    const again = await importPaths(store, [dir], into('amira'));
    expect(again).toMatchObject({ spans: 0, alreadyPresent: 1 });
    expect(again.documents[0]?.outcome).toBe('attached');
    expect(snapshotFolder(store.dir)).toEqual(before);
  });

  it('imports doccano UTF-16 offsets as code points, so emoji, CRLF and RTL texts come out exact', async () => {
    const { store } = await emptyProject();
    const text = '😀 سلام Baghdad\r\nIBM';
    const dir = folderWith({
      'd.jsonl': `${JSON.stringify({
        id: 7,
        text,
        label: [
          [3, 7, 'MISC'],
          [8, 15, 'GPE'],
          [17, 20, 'ORG'],
        ],
      })}\n`,
    });
    await importPaths(store, [dir], into('amira', { format: 'doccano' }));
    const [meta] = store.listDocuments();
    expect(meta?.name).toBe('7.txt');
    expect(await store.readText(meta?.id ?? '')).toBe(text);
    const spans = (await store.readLayer(meta?.id ?? '', 'amira')).spans.map((s) => [
      [...text].slice(s.fragments[0]?.start, s.fragments[0]?.end).join(''),
      s.label,
    ]);
    expect(spans).toEqual([
      ['سلام', 'MISC'],
      ['Baghdad', 'GPE'],
      ['IBM', 'ORG'],
    ]);
  });

  it('refuses a batch with one bad file, names file, line and reason, and writes nothing', async () => {
    const { store } = await seedProject();
    const dir = folderWith({
      'good.jsonl':
        '{"text": "Mike Pompeo", "spans": [{"start": 0, "end": 11, "label": "PERSON"}]}\n',
      'bad.jsonl':
        '{"text": "Iraq", "spans": [{"start": 0, "end": 4, "label": "GPE"}]}\n{"text": "IBM", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n',
    });
    const before = snapshotFolder(store.dir);
    const error = await importPaths(store, [dir], into('amira')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatErrors);
    expect((error as FormatErrors).errors[0]).toMatchObject({
      file: expect.stringMatching(/bad\.jsonl$/),
      line: 2,
    });
    expect((error as FormatErrors).errors[0]?.reason).toMatch(/9|outside|beyond/);
    expect(snapshotFolder(store.dir)).toEqual(before);
    expect(store.listDocuments()).toHaveLength(5);
  });

  it('with skipInvalid imports the good records and lists the bad ones', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({
      'a.jsonl':
        '{"text": "Iraq", "spans": [{"start": 0, "end": 4, "label": "GPE"}]}\n{"text": "IBM", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n{"text": "Pompeo"}\n',
      'b.json': '{"truncated": ',
    });
    const summary = await importPaths(
      store,
      [join(dir, 'a.jsonl')],
      into('amira', { skipInvalid: true }),
    );
    expect(summary.documents.map((d) => d.name)).toEqual(['a-1.txt', 'a-3.txt']);
    expect(summary.skipped).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/a\.jsonl$/), line: 2 }),
    ]);
    expect(store.listDocuments()).toHaveLength(2);
  });

  it('refuses a link that leads outside the chosen folder', async () => {
    const { store } = await emptyProject();
    const outside = folderWith({ 'secret.txt': 'outside' });
    const dir = folderWith({ 'in.txt': 'inside' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const before = snapshotFolder(store.dir);
    await expect(importPaths(store, [dir], into('amira'))).rejects.toThrow(
      /link\.txt: leads outside the folder/,
    );
    expect(snapshotFolder(store.dir)).toEqual(before);
  });

  it('reads a file that is not UTF-8 by its detected encoding and reports it, naming the line', async () => {
    const { store } = await emptyProject();
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28]));
    const summary = await importPaths(store, [dir], into('amira'));
    expect(summary.warnings[0]).toMatch(/x\.txt: not UTF-8 \(invalid bytes on line 3\): read as /);
  });

  it('reads UTF-16 by its byte-order mark', async () => {
    const { store } = await emptyProject();
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('IBM 😀 café', 'utf16le')]);
    writeFileSync(join(dir, 'x.txt'), bytes);
    const summary = await importPaths(store, [dir], into('amira'));
    expect(summary.warnings).toEqual([
      expect.stringMatching(/x\.txt: UTF-16LE \(byte-order mark\)/),
    ]);
    expect(await store.readText('x')).toBe('IBM 😀 café');
  });

  it('puts Loupe files into their own annotators unless one is named, and keeps ids', async () => {
    const { store } = await emptyProject();
    const file = {
      format: 'loupe',
      formatVersion: 1,
      entities: [],
      documents: [
        {
          name: 'a',
          text: 'IBM',
          annotator: 'noor',
          status: 'done',
          documentLabels: {},
          relations: [],
          stances: [],
          spans: [
            {
              id: 's_1',
              label: 'ORG',
              fragments: [{ start: 0, end: 3 }],
              author: 'noor',
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
            },
          ],
        },
      ],
    };
    const dir = folderWith({ 'team.json': JSON.stringify(file) });
    await importPaths(store, [dir], {
      format: 'auto',
      annotator: { fallback: () => 'local' },
    });
    expect(await store.listAnnotators()).toEqual(['noor']);
    const layer = await store.readLayer('a', 'noor');
    expect(layer).toMatchObject({ status: 'done', spans: [{ id: 's_1', author: 'noor' }] });
  });
});

describe('importUploads and previewUploads', () => {
  const upload = (name: string, content: string) => ({
    name,
    base64: Buffer.from(content).toString('base64'),
  });

  it('previews without writing, then imports the same files', async () => {
    const { store } = await emptyProject();
    const files = [
      upload('r/a.txt', 'IBM hired Ana'),
      upload('r/a.ann', 'T1\tORG 0 3\tIBM\nT2\tPERSON 10 13\tAna\n'),
    ];
    const before = snapshotFolder(store.dir);
    const preview = await previewUploads(store, files, into('amira'));
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toMatchObject({ format: 'brat', written: false, spans: 2 });
    expect(snapshotFolder(store.dir)).toEqual(before);
    expect((await importUploads(store, files, into('amira'))).written).toBe(true);
    expect((await store.readLayer('a', 'amira')).spans).toHaveLength(2);
  });

  it('reports the errors of a bad batch in the preview, and refuses names leaving the chosen folder', async () => {
    const { store } = await emptyProject();
    const preview = await previewUploads(
      store,
      [upload('a.txt', 'IBM'), upload('a.ann', 'T1\tORG 0 3\tIBN\n')],
      into('amira'),
    );
    expect(preview.summary).toBeNull();
    expect(preview.errors[0]).toMatchObject({
      file: 'a.ann',
      line: 1,
      reason: expect.stringMatching(/IBN/),
    });
    const escape = await previewUploads(store, [upload('../a.txt', 'IBM')], into('amira'));
    expect(escape.errors[0]).toMatchObject({
      file: '../a.txt',
      reason: expect.stringMatching(/outside the chosen folder/),
    });
  });

  it('says why each file went when skipping the invalid ones leaves none, not only that none is left', async () => {
    const { store } = await emptyProject();
    const broken = upload('notes.jsonl', '{"text": "A"\n');
    const preview = await previewUploads(store, [broken], into('amira', { skipInvalid: true }));
    expect(preview.summary).toBeNull();
    expect(preview.errors.map((e) => [e.file, e.reason])).toEqual([
      ['notes.jsonl', expect.stringMatching(/JSON/)],
      ['', 'no files left to import'],
    ]);
  });

  it('refuses a doccano file whose every record is skipped as invalid: nothing to import is no success', async () => {
    const { store } = await emptyProject();
    const bad = upload('bad.jsonl', '{"text": "A", "label": [[0, 9, "X"]]}\n{"label": []}\n');
    const doccano = into('amira', { skipInvalid: true, format: 'doccano' });
    const preview = await previewUploads(store, [bad], doccano);
    expect(preview.summary).toBeNull();
    expect(preview.errors.map((e) => [e.file, e.line])).toEqual([
      ['bad.jsonl', 1],
      ['bad.jsonl', 2],
      ['', undefined],
    ]);
    expect(preview.errors.at(-1)?.reason).toBe('no records left to import');
    // One good record among them is imported, the bad one listed as skipped.
    const mixed = upload(
      'mixed.jsonl',
      '{"text": "IBM", "label": [[0, 3, "ORG"]]}\n{"label": []}\n',
    );
    const some = await previewUploads(store, [mixed], doccano);
    expect(some.summary?.documentCounts.added).toBe(1);
    expect(some.summary?.skipped.map((s) => s.line)).toEqual([2]);
  });

  it("imports INCEpTION's XMI document export chosen in the app, a zip of <user>.xmi and TypeSystem.xml", async () => {
    const { store } = await emptyProject();
    const xmi = join(import.meta.dirname, '../../fixtures/xmi');
    const zip = zipSync({
      'admin.xmi': readFileSync(join(xmi, 'relation_test.xmi')),
      'TypeSystem.xml': readFileSync(join(xmi, 'relation_test.TypeSystem.xml')),
    });
    const files = [{ name: 'relation_test.zip', base64: Buffer.from(zip).toString('base64') }];
    const preview = await previewUploads(store, files, {
      format: 'auto',
      annotator: { fallback: () => 'me' },
    });
    expect(preview.errors).toEqual([]);
    // relation_test.xmi holds 4 spans and a relation; the layer is INCEpTION's user's
    expect(preview.summary).toMatchObject({
      format: 'xmi',
      spans: 4,
      relations: 1,
      documents: [{ documentId: 'relation_test', annotator: 'admin' }],
    });
  });
});
