import { describe, expect, it } from 'vitest';
import { getFormat, writeSplits } from '../../../src/shared/formats';
import { bundle, doc, span } from './build';

describe('writeSplits', () => {
  it('writes train/, dev/ and test/ with one label list, keeping same-text documents together', () => {
    const docs = Array.from({ length: 10 }, (_, i) =>
      doc(`Text ${i}`, {
        name: `d${i}`,
        textHash: `sha256:${String(i % 5).repeat(64)}`,
        spans: i === 0 ? [span(0, 4, 'RARE')] : [span(0, 4, 'COMMON')],
      }),
    );
    const written = writeSplits(getFormat('hf'), bundle(...docs), {
      ratios: [60, 20, 20],
      seed: 3,
    });
    expect(written.files.map((f) => f.path)).toEqual([
      'train/hf.jsonl',
      'train/label_names.json',
      'dev/hf.jsonl',
      'dev/label_names.json',
      'test/hf.jsonl',
      'test/label_names.json',
      'README.md',
    ]);
    const card = written.files.find((f) => f.path === 'README.md')?.content ?? '';
    expect(card).toContain('  - split: "dev"\n    path: "dev/hf.jsonl"');
    expect(card).toMatch(/ {2}- name: "train"\n {4}num_examples: \d+/u);
    const names = written.files
      .filter((f) => f.path.endsWith('label_names.json'))
      .map((f) => f.content);
    expect(new Set(names).size).toBe(1);
    const partOf = (name: string) =>
      written.files.find((f) => f.path.endsWith('hf.jsonl') && f.content.includes(`"${name}-0"`))
        ?.path;
    for (let i = 0; i < 5; i++) expect(partOf(`d${i}`)).toBe(partOf(`d${i + 5}`));
    expect(written.summary).toMatchObject({ documents: 10, spans: 10 });
  });

  it('gives every part the same label names when a label outside the wanted list is in one part only', () => {
    const docs = Array.from({ length: 10 }, (_, i) =>
      doc(`Text ${i}`, { name: `d${i}`, spans: [span(0, 4, i === 0 ? 'RARE' : 'COMMON')] }),
    );
    const written = writeSplits(
      getFormat('hf'),
      bundle(...docs),
      { ratios: [60, 20, 20], seed: 3 },
      { labels: ['COMMON'] },
    );
    const names = written.files
      .filter((f) => f.path.endsWith('label_names.json'))
      .map((f) => JSON.parse(f.content) as string[]);
    expect(names).toEqual([0, 1, 2].map(() => ['O', 'B-COMMON', 'I-COMMON', 'B-RARE', 'I-RARE']));
  });

  it('refuses a format that cannot be exported', () => {
    expect(() =>
      writeSplits(getFormat('txt'), bundle(), { ratios: [80, 10, 10], seed: 1 }),
    ).toThrow('plain text cannot be exported');
  });
});
