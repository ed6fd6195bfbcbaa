import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
/** Records and tag names datasets 5.0.1 wrote (tests/fixtures/huggingface/make.py). */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'huggingface');

/** Spans put on the seeds: the first whole-word occurrence of each, in every article that has it. */
const NEEDLES: [string, string][] = [
  ['Pompeo', 'PERSON'],
  ['Iraq', 'GPE'],
  ['Baghdad', 'GPE'],
  ['Prime Minister', 'TITLE'],
  ['State Department', 'ORG'],
  ['Washington', 'GPE'],
];

/** [label, needle] of each span put on `text`, in text order, and its brat lines. */
function annotate(text: string): { spans: [string, string][]; ann: string } {
  const found: [number, string, string][] = [];
  for (const [needle, label] of NEEDLES) {
    const unit = new RegExp(`\\b${needle}\\b`, 'u').exec(text)?.index;
    if (unit !== undefined) found.push([[...text.slice(0, unit)].length, label, needle]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const ann = found.map(
    ([start, label, needle], i) =>
      `T${i + 1}\t${label} ${start} ${start + needle.length}\t${needle}`,
  );
  return { spans: found.map(([, label, needle]) => [label, needle]), ann: `${ann.join('\n')}\n` };
}

/** Each document's spans as [label, covered text without whitespace], from a spans JSONL export. */
function spansByDocument(file: string): Record<string, [string, string][]> {
  const out: Record<string, [string, string][]> = {};
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const record = JSON.parse(line) as {
      text: string;
      spans: { start: number; end: number; label: string }[];
      meta: { name: string };
    };
    const points = [...record.text];
    out[record.meta.name] = record.spans.map((s) => [
      s.label,
      points.slice(s.start, s.end).join('').replace(/\s+/gu, ''),
    ]);
  }
  return out;
}

function files(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

describe('loupe import of Hugging Face records', { timeout: 180_000 }, () => {
  const home = tempDir();

  it('reads its own HF export of the annotated seeds back as the same documents and spans', () => {
    const dir = join(tempDir(), 'seeded');
    expect(runCli(['init', dir, '--seeds'], home).code).toBe(0);
    const brat = tempDir('loupe-brat-');
    const expected: Record<string, [string, string][]> = {};
    for (const name of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const { spans, ann } = annotate(text);
      expected[name] = spans.map(([label, needle]) => [label, needle.replace(/\s+/gu, '')]);
      copyFileSync(join(SEEDS, name), join(brat, name));
      writeFileSync(join(brat, name.replace(/\.txt$/u, '.ann')), ann);
    }
    expect(runCli(['import', dir, brat, '--annotator', 'gold'], home).code).toBe(0);
    const hf = join(tempDir(), 'hf');
    const exported = runCli(['export', dir, '--format', 'hf', '--gold', '--out', hf], home);
    expect(exported.code, exported.stderr).toBe(0);

    const copy = join(tempDir(), 'copy');
    expect(runCli(['init', copy], home).code).toBe(0);
    const imported = runCli(
      ['import', copy, hf, '--format', 'hf', '--annotator', 'gold', '--json'],
      home,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout).documents).toHaveLength(5);

    const spans = join(tempDir(), 'spans.jsonl');
    expect(
      runCli(['export', copy, '--format', 'spans-jsonl', '--gold', '--out', spans], home).code,
    ).toBe(0);
    const names = Object.keys(expected).map((n) => n.replace(/\.txt$/u, ''));
    const read = spansByDocument(spans);
    expect(Object.keys(read).sort()).toEqual(names.sort());
    for (const [name, list] of Object.entries(expected))
      expect(read[name.replace(/\.txt$/u, '')], name).toEqual(list);
    expect(Object.values(expected).flat()).toHaveLength(28);

    // Exported again from the copy: the same files, byte for byte.
    const again = join(tempDir(), 'hf');
    expect(runCli(['export', copy, '--format', 'hf', '--gold', '--out', again], home).code).toBe(0);
    expect(files(again)).toEqual(files(hf));
  });

  it("writes back the records' id, pos_tags and chunk_tags through a project", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(tempDir(), 'conll2003');
    mkdirSync(source);
    for (const name of ['train.jsonl', 'dataset_info.json'])
      copyFileSync(join(FIXTURES, 'conll2003', name), join(source, name));
    const imported = runCli(['import', dir, source, '--annotator', 'gold', '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'hf', spans: 5 });
    const out = join(tempDir(), 'hf');
    const exported = runCli(['export', dir, '--format', 'hf', '--gold', '--out', out], home);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).not.toMatch(/not written back/);
    const lines = (path: string): Record<string, unknown>[] =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const sourceRecords = lines(join(FIXTURES, 'conll2003', 'train.jsonl'));
    // Written back to the file they were read from.
    const written = lines(join(out, 'train.jsonl'));
    const byId = new Map(written.map((r) => [r.id, r]));
    expect(written).toHaveLength(sourceRecords.length);
    for (const record of sourceRecords)
      for (const key of ['id', 'tokens', 'pos_tags', 'chunk_tags'])
        expect(byId.get(record.id)?.[key], `${String(record.id)} ${key}`).toEqual(record[key]);
  });
});
