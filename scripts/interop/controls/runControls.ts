import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckResult } from '../checkResult';
import { checkBiocFile } from '../checks/biocChecks';
import { checkBratCollection } from '../checks/bratChecks';
import { checkConllFile } from '../checks/conllChecks';
import { checkDoccanoFile } from '../checks/doccanoChecks';
import { checkHuggingFaceFiles } from '../checks/huggingFaceChecks';
import { checkLabelStudioFile } from '../checks/labelStudioChecks';
import { checkSpansJsonlFile } from '../checks/spansJsonlChecks';
import { checkStanceTsvFile } from '../checks/stanceTsvChecks';
import type { InteropContext } from '../interopContext';
import { controlRow } from './controlRow';
import type { ControlExpectation } from './controlRow';
import { referenceBioc } from './referenceBioc';
import { referenceConll } from './referenceConll';
import { referenceDoccano } from './referenceDoccano';
import { referenceHuggingFace } from './referenceHuggingFace';
import { referenceLabelStudio } from './referenceLabelStudio';
import { referenceSpansJsonl } from './referenceSpansJsonl';
import { referenceStanceTsv } from './referenceStanceTsv';

interface Control {
  readonly name: string;
  readonly expect: ControlExpectation;
  /** Writes the control's file(s) into `dir` and reads them with the format's checks. */
  readonly run: (ctx: InteropContext, dir: string) => Promise<CheckResult[]>;
}

async function written(dir: string, name: string, content: string): Promise<string> {
  await writeFile(join(dir, name), content);
  return join(dir, name);
}

/** The first `B-X` followed by `O` gets that `O` turned into `I-X`: an entity a token too long. */
function widenFirstEntity(conll: string): string {
  const lines = conll.split('\n');
  const i = lines.findIndex((l, k) => / B-\S+$/.test(l) && / O$/.test(lines[k + 1] ?? ''));
  const label = (lines[i] ?? '').split(' B-')[1] ?? '';
  lines[i + 1] = (lines[i + 1] ?? '').replace(/ O$/, ` I-${label}`);
  return lines.join('\n');
}

/** Every whitespace token written as one plain space, as a careless writer would. */
function plainSpaces(jsonl: string): string {
  return jsonl.replace(/"text":"(?:\\[trn]|\\u00a0|\s)+","start"/gu, '"text":" ","start"');
}

/** Span offsets counted in UTF-16 units instead of code points. */
function utf16Spans(jsonl: string): string {
  return jsonl
    .trim()
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line) as { text: string; spans: { start: number; end: number }[] };
      const units = (cp: number) => [...record.text].slice(0, cp).join('').length;
      record.spans = record.spans.map((s) => ({ ...s, start: units(s.start), end: units(s.end) }));
      return `${JSON.stringify(record)}\n`;
    })
    .join('');
}

const reference = (ctx: InteropContext) => referenceHuggingFace(ctx.gold);
async function huggingFace(
  ctx: InteropContext,
  dir: string,
  names: readonly string[],
  card: boolean,
) {
  const records = await written(dir, 'hf.jsonl', reference(ctx).records);
  await written(dir, 'label_names.json', JSON.stringify(names));
  if (card) await written(dir, 'README.md', reference(ctx).card);
  return checkHuggingFaceFiles(ctx, records);
}

async function movedBratOffset(ctx: InteropContext, dir: string): Promise<CheckResult[]> {
  await cp(ctx.original, dir, { recursive: true });
  const ann = join(dir, 'clitics.ann');
  await writeFile(
    ann,
    (await readFile(ann, 'utf8')).replace('T1\tGPE 0 10\tWashington', 'T1\tGPE 1 10\tashington'),
  );
  return checkBratCollection(ctx, dir);
}

const SPANS_TEXT = 'spaCy Doc(words, spaces).text = text';
const BIOC = 'lxml: valid by BioC.dtd; annotations = gold spans';
const CONTROLS: readonly Control[] = [
  {
    name: 'CoNLL reference',
    expect: 'pass',
    run: async (ctx, dir) =>
      checkConllFile(ctx, await written(dir, 'conll.txt', referenceConll(ctx.gold))),
  },
  {
    name: 'CoNLL with tabs',
    expect: { fails: 'conlleval.pl gold vs gold: 100%' },
    run: async (ctx, dir) =>
      checkConllFile(
        ctx,
        await written(dir, 'conll.txt', referenceConll(ctx.gold).replaceAll(' ', '\t')),
      ),
  },
  {
    name: 'CoNLL, an entity a token too long',
    expect: { fails: 'spaCy conll_ner_to_docs: entities = gold' },
    run: async (ctx, dir) =>
      checkConllFile(
        ctx,
        await written(dir, 'conll.txt', widenFirstEntity(referenceConll(ctx.gold))),
      ),
  },
  {
    name: 'spans JSONL reference',
    expect: 'pass',
    run: async (ctx, dir) =>
      checkSpansJsonlFile(ctx, await written(dir, 'spans.jsonl', referenceSpansJsonl(ctx.gold))),
  },
  {
    name: 'spans JSONL, whitespace as spaces',
    expect: { fails: SPANS_TEXT },
    run: async (ctx, dir) =>
      checkSpansJsonlFile(
        ctx,
        await written(dir, 'spans.jsonl', plainSpaces(referenceSpansJsonl(ctx.gold))),
      ),
  },
  {
    name: 'spans JSONL, UTF-16 offsets',
    expect: { fails: 'doc.char_span(strict) = gold span' },
    run: async (ctx, dir) =>
      checkSpansJsonlFile(
        ctx,
        await written(dir, 'spans.jsonl', utf16Spans(referenceSpansJsonl(ctx.gold))),
      ),
  },
  {
    name: 'Hugging Face reference',
    expect: 'pass',
    run: (ctx, dir) => huggingFace(ctx, dir, reference(ctx).labelNames, true),
  },
  {
    name: 'Hugging Face, label names sorted',
    expect: { fails: 'ner_tags decode to gold entities' },
    run: (ctx, dir) => huggingFace(ctx, dir, [...reference(ctx).labelNames].sort(), true),
  },
  {
    name: 'Hugging Face, no card',
    expect: { fails: 'dataset card README.md with dataset_info' },
    run: (ctx, dir) => huggingFace(ctx, dir, reference(ctx).labelNames, false),
  },
  {
    name: 'brat, the original itself',
    expect: 'pass',
    run: (ctx) => checkBratCollection(ctx, ctx.original),
  },
  {
    name: 'brat, one offset moved',
    expect: { fails: 'brat_compare.py: original = export' },
    run: movedBratOffset,
  },
  {
    name: 'doccano reference',
    expect: 'pass',
    run: async (ctx, dir) => [
      await checkDoccanoFile(ctx, await written(dir, 'doccano.jsonl', referenceDoccano(ctx.gold))),
    ],
  },
  {
    name: 'doccano, code point offsets',
    expect: { fails: 'offsets as doccano counts them (UTF-16)' },
    run: async (ctx, dir) => [
      await checkDoccanoFile(
        ctx,
        await written(dir, 'doccano.jsonl', referenceDoccano(ctx.gold, 'codePoints')),
      ),
    ],
  },
  {
    name: 'Label Studio reference',
    expect: 'pass',
    run: async (ctx, dir) => [
      await checkLabelStudioFile(
        ctx,
        await written(dir, 'ls.json', referenceLabelStudio(ctx.gold)),
      ),
    ],
  },
  {
    name: 'Label Studio, UTF-16 offsets',
    expect: { fails: 'labels regions: start/end/text = gold' },
    run: async (ctx, dir) => [
      await checkLabelStudioFile(
        ctx,
        await written(dir, 'ls.json', referenceLabelStudio(ctx.gold, 'utf16')),
      ),
    ],
  },
  {
    name: 'stance TSV reference',
    expect: 'pass',
    run: async (ctx, dir) => [
      await checkStanceTsvFile(ctx, await written(dir, 'stance.tsv', referenceStanceTsv(ctx.gold))),
    ],
  },
  {
    name: 'stance TSV, a tab in a Tweet',
    expect: { fails: 'datasets csv (tab) rows = gold stances' },
    run: async (ctx, dir) => [
      await checkStanceTsvFile(
        ctx,
        await written(
          dir,
          'stance.tsv',
          referenceStanceTsv(ctx.gold).replace('rejected the', 'rejected\tthe'),
        ),
      ),
    ],
  },
  {
    name: 'BioC reference',
    expect: 'pass',
    run: async (ctx, dir) => [
      await checkBiocFile(ctx, await written(dir, 'bioc.xml', referenceBioc(ctx.gold))),
    ],
  },
  {
    name: 'BioC, UTF-16 offsets',
    expect: { fails: BIOC },
    run: async (ctx, dir) => [
      await checkBiocFile(ctx, await written(dir, 'bioc.xml', referenceBioc(ctx.gold, 'utf16'))),
    ],
  },
  {
    name: 'BioC, an infon after the location',
    expect: { fails: BIOC },
    run: async (ctx, dir) => [
      await checkBiocFile(
        ctx,
        await written(
          dir,
          'bioc.xml',
          referenceBioc(ctx.gold).replace(
            /(<infon key="type">[^<]*<\/infon>)\n(<location [^>]*\/>)/,
            '$2\n$1',
          ),
        ),
      ),
    ],
  },
];

/**
 * Runs every check on files whose answer is known: a correct reference file per format
 * must pass, and each deliberately broken one must fail, so the harness cannot pass a file
 * a consumer rejects (nor fail a correct one) without saying so.
 * @example await runControls(ctx) → [{ format: 'harness control', check: 'CoNLL with tabs: fails "conlleval…"', status: 'pass' }, …]
 */
export async function runControls(ctx: InteropContext): Promise<CheckResult[]> {
  return Promise.all(
    CONTROLS.map(async (control, i) => {
      const dir = join(ctx.work, 'controls', String(i + 1));
      await mkdir(dir, { recursive: true });
      return controlRow(control.name, control.expect, await control.run(ctx, dir));
    }),
  );
}
