import { readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const NEEDLES: [string, string][] = [
  ['Pompeo', 'PERSON'],
  ['Iraq', 'GPE'],
  ['Baghdad', 'GPE'],
  ['Trump', 'PERSON'],
  ['State Department', 'ORG'],
];

/** brat annotations of a text: the first occurrence of each needle, a Wikidata link on Iraq, a note and a stance of Pompeo's. */
function annotate(text: string): string {
  const points = [...text];
  const lines: string[] = [];
  let t = 0;
  for (const [needle, label] of NEEDLES) {
    const unit = text.indexOf(needle);
    if (unit < 0) continue;
    const start = [...text.slice(0, unit)].length;
    t++;
    lines.push(
      `T${t}\t${label} ${start} ${start + needle.length}\t${points.slice(start, start + needle.length).join('')}`,
    );
    if (needle === 'Iraq') lines.push(`N${t}\tReference T${t} Wikidata:Q796\tIraq`);
    if (needle === 'Pompeo') {
      lines.push(`#${t}\tAnnotatorNotes T${t}\tSecretary of State`);
      lines.push(
        `T90\tStance ${start} ${start + needle.length}\t${needle}`,
        `E1\tStance:T90 Holder:T${t}`,
        `A1\tPolarity E1 AGAINST`,
        `A2\tTarget E1 troop-withdrawal`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A project with the five seed articles, annotated in the gold layer through `loupe import`. */
function annotatedSeeds(home: string): { dir: string; spans: number } {
  const dir = join(tempDir(), 'seeded');
  expect(runCli(['init', dir, '--seeds'], home).code).toBe(0);
  const brat = tempDir('loupe-brat-');
  let spans = 0;
  for (const name of readdirSync(SEEDS)) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    const ann = annotate(text);
    spans += ann.split('\n').filter((line) => line.startsWith('T')).length;
    writeFileSync(join(brat, name), text);
    writeFileSync(join(brat, name.replace(/\.txt$/, '.ann')), ann);
  }
  const result = runCli(['import', dir, brat, '--annotator', 'gold', '--json'], home);
  expect(result.stderr).toMatch(/Imported 0 documents \(brat\)/);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({
    ok: true,
    written: true,
    entitiesAdded: ['Iraq (Q796)'],
  });
  return { dir, spans };
}

/** Every file under a folder (or the file itself) as path → content. */
function contents(path: string): Record<string, string> {
  try {
    return Object.fromEntries(
      readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [
          join(e.parentPath, e.name).slice(path.length),
          readFileSync(join(e.parentPath, e.name), 'utf8'),
        ]),
    );
  } catch {
    return { '': readFileSync(path, 'utf8') };
  }
}

// Each test runs the command line several times: seconds each alone, far more on a busy machine.
describe('loupe import and export', { timeout: 120_000 }, () => {
  const home = tempDir();
  const { dir: seeded, spans } = annotatedSeeds(home);

  it.each(['brat', 'doccano', 'labelstudio', 'spans-jsonl', 'loupe'])(
    'round-trips the annotated seeds through %s: export, import into a new project, export again gives the same files',
    (format) => {
      const first = join(tempDir(), format === 'brat' ? 'out' : 'out.data');
      const exported = runCli(
        ['export', seeded, '--format', format, '--gold', '--out', first, '--json'],
        home,
      );
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, documents: 5, spans });
      const copy = join(tempDir(), 'copy');
      expect(runCli(['init', copy], home).code).toBe(0);
      const imported = runCli(
        ['import', copy, first, '--format', format, '--annotator', 'gold', '--json'],
        home,
      );
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.stdout).documents).toHaveLength(5);
      const second = join(tempDir(), format === 'brat' ? 'out' : 'out.data');
      expect(
        runCli(['export', copy, '--format', format, '--gold', '--out', second], home).code,
      ).toBe(0);
      const [a, b] = [contents(first), contents(second)];
      if (format === 'loupe')
        for (const c of [a, b])
          c[''] = (c[''] ?? '').replace(
            /"(createdAt|updatedAt|importedAt)": "[^"]+"/g,
            '"$1": "…"',
          );
      expect(b).toEqual(a);
      for (const seed of readdirSync(SEEDS))
        expect(readFileSync(join(copy, 'documents', seed), 'utf8')).toBe(
          readFileSync(join(SEEDS, seed), 'utf8'),
        );
    },
  );

  it('writes CoNLL, Hugging Face and stance TSV with their warnings, and deterministic splits', () => {
    const out = tempDir();
    const conllArgs = [
      'export',
      seeded,
      '--format',
      'conll',
      '--gold',
      '--out',
      join(out, 'seeds.conll'),
    ];
    const refused = runCli(conllArgs, home);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /document \d of 5, “[^”]+” \[\d{3}_[0-9a-f]{16}\]: overlapping spans cannot be written as IOB tags \(\d+ pairs?\): PERSON \[\d+,\d+\) "Pompeo" and Stance \[\d+,\d+\) "Pompeo".*--labels.*--overlaps/,
    );
    const conll = runCli([...conllArgs, '--labels', 'PERSON,GPE,ORG'], home);
    expect(conll.code).toBe(0);
    expect(conll.stderr).toMatch(/not written: CoNLL \/ IOB: 5 × span left out by --labels/);
    expect(conll.stderr).toMatch(/not written: CoNLL \/ IOB: 5 × stance left out with a span/);
    const rows = readFileSync(join(out, 'seeds.conll'), 'utf8');
    expect(rows).toMatch(/^Pompeo -X- _ B-PERSON$/m);
    expect(rows.match(/^-DOCSTART- -X- O O$/gm)).toHaveLength(5);
    const hf = runCli(
      [
        'export',
        seeded,
        '--format',
        'hf',
        '--gold',
        '--overlaps',
        'longest',
        '--out',
        join(out, 'hf'),
      ],
      home,
    );
    expect(hf.code).toBe(0);
    expect(hf.stderr).toMatch(/5 × overlapping span dropped \(--overlaps longest/);
    expect(readFileSync(join(out, 'hf', 'README.md'), 'utf8')).toMatch(/^dataset_info:$/m);
    expect(JSON.parse(readFileSync(join(out, 'hf', 'label_names.json'), 'utf8'))).toContain(
      'B-PERSON',
    );
    expect(
      runCli(
        ['export', seeded, '--format', 'stance-tsv', '--gold', '--out', join(out, 'stances.tsv')],
        home,
      ).code,
    ).toBe(0);
    expect(readFileSync(join(out, 'stances.tsv'), 'utf8').split('\n')[1]).toMatch(
      /^1\tWithdrawal of US troops from Iraq\tPompeo\tAGAINST\tPompeo\t000_90267a0c835213d2$/,
    );
    for (const run of ['a', 'b'])
      expect(
        runCli(
          [
            'export',
            seeded,
            '--format',
            'spans-jsonl',
            '--gold',
            '--split',
            '60/20/20',
            '--seed',
            '7',
            '--out',
            join(out, run),
          ],
          home,
        ).code,
      ).toBe(0);
    expect(contents(join(out, 'b'))).toEqual(contents(join(out, 'a')));
    expect(Object.keys(contents(join(out, 'a'))).sort()).toEqual([
      '/dev/spans.jsonl',
      '/test/spans.jsonl',
      '/train/spans.jsonl',
    ]);
  });

  it('keeps emoji, CRLF and right-to-left texts exact through doccano (UTF-16) and back', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const text = 'قال 😀 بومبيو\r\nMike Pompeo 👩‍👩‍👧 said';
    const source = tempDir();
    writeFileSync(
      join(source, 'in.jsonl'),
      `${JSON.stringify({
        text,
        spans: [
          { start: 6, end: 12, label: 'PERSON' },
          { start: 14, end: 25, label: 'PERSON' },
        ],
      })}\n`,
    );
    expect(runCli(['import', dir, source, '--annotator', 'amira'], home).code).toBe(0);
    const out = join(tempDir(), 'd.jsonl');
    expect(
      runCli(['export', dir, '--format', 'doccano', '--annotator', 'amira', '--out', out], home)
        .code,
    ).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8')) as {
      text: string;
      label: [number, number, string][];
    };
    expect(record.text).toBe(text);
    expect(record.label.map(([s, e]) => text.slice(s, e))).toEqual(['بومبيو', 'Mike Pompeo']);
  });

  it.each([
    [
      'truncated JSON',
      'a.json',
      '{"format": "loupe", "formatVersion": 1, "documents": [',
      /a\.json:1: /,
    ],
    [
      'offsets beyond the text',
      'a.jsonl',
      '{"text": "IBM", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n',
      /a\.jsonl:1: .*9/,
    ],
    ['covered text that disagrees', 'a.ann', 'T1\tORG 0 3\tIBN\n', /a\.ann:1: T1: text disagrees/],
    ['a duplicate id', 'a.ann', 'T1\tORG 0 3\tIBM\nT1\tORG 0 3\tIBM\n', /a\.ann:2: .*T1/],
    [
      'a reference to a missing id',
      'a.ann',
      'T1\tORG 0 3\tIBM\nR1\tOwns Arg1:T1 Arg2:T7\n',
      /a\.ann:2: .*T7/,
    ],
    [
      'invalid UTF-8',
      'a.txt',
      Buffer.from([0x49, 0x42, 0x4d, 0x0a, 0xff]),
      /a\.txt:2: not valid UTF-8/,
    ],
  ])(
    'refuses %s with file, line and reason in one line, leaving the project byte-identical',
    (_, name, content, expected) => {
      const dir = join(tempDir(), 'p');
      runCli(['init', dir, '--seeds'], home);
      const source = tempDir();
      if (name === 'a.ann') writeFileSync(join(source, 'a.txt'), 'IBM');
      writeFileSync(join(source, name), content);
      const before = snapshotFolder(dir);
      const result = runCli(['import', dir, source, '--annotator', 'amira'], home);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );

  it('refuses a path leading outside the chosen folder; with --skip-invalid imports the rest and lists it', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const source = tempDir();
    mkdirSync(join(source, 'in'));
    writeFileSync(join(source, 'secret.txt'), 'secret');
    writeFileSync(join(source, 'in', 'ok.txt'), 'fine');
    symlinkSync(join(source, 'secret.txt'), join(source, 'in', 'link.txt'));
    const before = snapshotFolder(dir);
    const refused = runCli(['import', dir, join(source, 'in')], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/link\.txt: leads outside the folder/);
    expect(snapshotFolder(dir)).toEqual(before);
    const skipped = runCli(['import', dir, join(source, 'in'), '--skip-invalid', '--json'], home);
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({
      added: [{ name: 'ok.txt' }],
      skipped: [
        { file: expect.stringMatching(/link\.txt$/), reason: expect.stringMatching(/outside/) },
      ],
    });
  });

  it('says a file refused for one bad record can be imported without it, and how', () => {
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const file = join(tempDir(), 'two.jsonl');
    writeFileSync(
      file,
      '{"text":"Mike Pompeo","label":[[0,11,"PER"]]}\n{"text":"x","label":[[0,5,"PER"]]}\n',
    );
    const before = snapshotFolder(dir);
    const refused = runCli(['import', dir, file, '--annotator', 'amira'], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `loupe import: ${file}:2: label[0]: end 5 is beyond the text (1 UTF-16 units long); nothing was imported (fix the records named, or skip invalid records to import the others: --skip-invalid)`,
    );
    expect(snapshotFolder(dir)).toEqual(before);
    const skipped = runCli(['import', dir, file, '--annotator', 'amira', '--skip-invalid'], home);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/1 span\b/);
  });

  it('says --skip-invalid leaves a CoNLL file of bad lines out whole, not its lines', () => {
    // Europeana's enp_DE.sbb.bio: refused by line, and the hint offered to skip invalid records
    // to import the others, but --skip-invalid leaves the whole file out (CoNLL is not read line by line).
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const source = tempDir();
    writeFileSync(join(source, 'good.conll'), 'EU B-ORG\nrejects O\n');
    writeFileSync(join(source, 'bad.conll'), 'Mike B-PER\nPompeo I-PER spoke\n');
    const before = snapshotFolder(dir);
    const refused = runCli(['import', dir, source, '--annotator', 'amira'], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `loupe import: ${join(source, 'bad.conll').split('\\').join('/')}:2: has 3 columns, but line 1, the first of its sentence, has 2; every line of a sentence has the same columns (token, …, tag); nothing was imported (fix the lines named; skipping invalid files, --skip-invalid, leaves out each file named whole, as CoNLL / IOB files are not read line by line, and imports the others)`,
    );
    expect(snapshotFolder(dir)).toEqual(before);
    const skipped = runCli(
      ['import', dir, source, '--annotator', 'amira', '--skip-invalid', '--json'],
      home,
    );
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({
      added: [{ name: 'good.txt' }],
      skipped: [{ file: expect.stringMatching(/bad\.conll$/) }],
    });
  });

  it('refuses tokens tagged one per line in a .txt file, leaving the project untouched; --format txt imports the text', () => {
    // jeniyat/WNUT_2020_NER data/train_data/Conll_Format/protocol_100_conll.txt was imported as
    // one plain-text document with 0 spans and exit 0.
    const dir = join(tempDir(), 'p');
    runCli(['init', dir], home);
    const conll = join(tempDir(), 'protocol_100_conll.txt');
    writeFileSync(conll, 'OmniPrep\tO\nFor\tO\nHigh\tB-Modifier\nQuality\tI-Modifier\n');
    const before = snapshotFolder(dir);
    const refused = runCli(['import', dir, conll], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/protocol_100_conll\.txt: holds tokens tagged one per line/);
    expect(snapshotFolder(dir)).toEqual(before);
    expect(runCli(['import', dir, conll, '--format', 'txt'], home).code).toBe(0);
  });

  it('fails on usage errors with exit code 2', () => {
    expect(runCli(['export', seeded, '--format', 'xml', '--out', tempDir()], home).code).toBe(2);
    expect(
      runCli(
        ['export', seeded, '--format', 'brat', '--gold', '--annotator', 'a', '--out', tempDir()],
        home,
      ).code,
    ).toBe(2);
    expect(runCli(['import', seeded, tempDir(), '--format', 'csv'], home).code).toBe(2);
    expect(runCli(['import', seeded, tempDir(), '--tag-names', 'O,,B-PER'], home).code).toBe(2);
    expect(runCli(['import', seeded, tempDir(), '--scheme', 'bio'], home).code).toBe(2);
    expect(runCli(['import', seeded, tempDir(), '--tag-column', '0'], home).code).toBe(2);
    const out = join(tempDir(), 'x.conll');
    const unknown = runCli(
      ['export', seeded, '--format', 'conll', '--gold', '--labels', 'PERSON,PERSN', '--out', out],
      home,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /--labels: unknown label PERSN; the project's labels are .*PERSON/,
    );
    const policy = runCli(
      ['export', seeded, '--format', 'conll', '--gold', '--overlaps', 'all', '--out', out],
      home,
    );
    expect(policy.code).toBe(2);
    expect(policy.stderr).toMatch(/--overlaps takes error, longest or first, not "all"/);
  });

  it('refuses a --scheme CoNLL export does not write, and --scheme with another format', () => {
    const out = join(tempDir(), 'x.conll');
    const scheme = runCli(
      ['export', seeded, '--format', 'conll', '--gold', '--scheme', 'bio', '--out', out],
      home,
    );
    expect(scheme.code).toBe(2);
    expect(scheme.stderr).toMatch(/--scheme bio: use one of iob1, iob2, bioes, bilou, io/);
    const notConll = runCli(
      ['export', seeded, '--format', 'hf', '--gold', '--scheme', 'iob1', '--out', out],
      home,
    );
    expect(notConll.code).toBe(2);
    expect(notConll.stderr).toMatch(/--scheme applies to --format conll only, not hf/);
  });

  it('says that --overlaps does not apply to a format that keeps overlapping spans', () => {
    const out = join(tempDir(), 'gold.jsonl');
    const run = runCli(
      ['export', seeded, '--format', 'spans-jsonl', '--gold', '--overlaps', 'first', '--out', out],
      home,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--overlaps does not apply to spans JSONL/);
  });
});
