import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CHECKOUT } from '../../../scripts/interop/checkout';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { readBrat, writeLoupe } from '../../../src/shared/formats';
import type { FormatFile, FormatId } from '../../../src/shared/formats';
import { lines, tsv } from './build';

/** A batch a format reads whole, taken from a real file (or built in our own words), to damage. */
export interface Seed {
  readonly format: FormatId;
  readonly name: string;
  readonly files: readonly FormatFile[];
}

const OWN = join(CHECKOUT, 'tests', 'fixtures');
const SHARED = join(SHARED_DIR, 'fixtures', 'real');

/** Whether brat's real collections (../shared/fixtures/real/brat) are on this machine. */
export const SHARED_PRESENT = existsSync(join(SHARED, 'brat'));

function file(path: string, name = basename(path)): FormatFile {
  return { path: name, content: readFileSync(path, 'utf8') };
}

/** One seed per file of `dir` whose name passes `keep`, smallest `count` first. */
function each(format: FormatId, dir: string, keep: RegExp, count = 3): Seed[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => keep.test(name))
    .map((name) => file(join(dir, name)))
    .sort((a, b) => a.content.length - b.content.length)
    .slice(0, count)
    .map((f) => ({ format, name: f.path, files: [f] }));
}

/** The first `count` text/annotation pairs of a brat collection, one seed each. */
function bratPairs(collection: string, count: number, ann = '.ann'): Seed[] {
  const dir = join(SHARED, 'brat', collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(
      (name) => name.endsWith(ann) && existsSync(join(dir, name.slice(0, -ann.length) + '.txt')),
    )
    .sort()
    .slice(0, count)
    .map((name) => {
      const stem = name.slice(0, -ann.length);
      return {
        format: 'brat',
        name: `${collection}/${stem}`,
        files: [file(join(dir, `${stem}.txt`)), file(join(dir, name))],
      };
    });
}

/** SemEval-2016 Task 6's layout (ID, Target, Tweet, Stance), rows in our own words. */
const STANCE_ROWS = lines(
  tsv('ID', 'Target', 'Tweet', 'Stance'),
  tsv(101, 'Atheism', 'Grateful for every blessing today #faith #SemST', 'AGAINST'),
  tsv(102, 'Hillary Clinton', ' She has my vote in November. #SemST', 'FAVOR'),
  tsv(103, 'Climate Change is a Real Concern', 'Rain again, café closed 🙂 #SemST', 'NONE'),
);

/** P-Stance's CSV layout (tweet, target, label), rows in our own words. */
const STANCE_CSV = [
  'tweet,target,label',
  '"Great rally tonight, ""finally"" some plans",Bernie Sanders,FAVOR',
  'Not voting for him again,Donald Trump,AGAINST',
].join('\r\n');

function bratSeeds(): Seed[] {
  return [
    ...bratPairs('news', 4),
    ...bratPairs('bio', 4),
    ...bratPairs('BioNLP-ST_2011_GE', 2),
    ...bratPairs('NCBI-disease', 2),
    ...bratPairs('CoNLL-ST_2002/esp', 2),
    ...bratPairs('BioNLP-ST_2011_ID', 2, '.a1'),
  ];
}

/** The seeds of every format Loupe reads, smallest files of each fixture folder first. */
export function damageSeeds(): Seed[] {
  const brat = bratSeeds();
  const loupe: Seed[] = brat.slice(0, 2).map((seed) => ({
    format: 'loupe',
    name: `${seed.name} as Loupe`,
    files: writeLoupe(readBrat(seed.files)).files.map((f) => ({
      path: f.path,
      content: f.content,
    })),
  }));
  return [
    ...brat,
    ...loupe,
    ...each('webanno', join(OWN, 'webanno'), /\.tsv$/, 8),
    ...each('xmi', join(OWN, 'xmi'), /\.xmi$/, 6),
    ...each('mae', join(OWN, 'mae'), /\.xml$/),
    ...each('pubtator', join(OWN, 'pubtator'), /PubTator|corpus/, 4),
    ...each('bioc', join(OWN, 'bioc'), /\.xml$/, 2),
    ...each('spacy-json', join(OWN, 'spacy-json'), /\.json$/, 2),
    {
      format: 'stance-tsv',
      name: 'semeval.txt',
      files: [{ path: 'semeval.txt', content: STANCE_ROWS }],
    },
    {
      format: 'stance-tsv',
      name: 'pstance.csv',
      files: [{ path: 'pstance.csv', content: STANCE_CSV }],
    },
    ...each('txt', join(SHARED, 'brat', 'news'), /\.txt$/, 2),
    ...each('conll', join(OWN, 'conll'), /\.(conll|tsv)$/, 2),
    ...each('conll', join(OWN, 'conllu'), /\.conllu$/, 1),
    ...each('conll', join(OWN, 'conll2012'), /_conll$/, 1),
    ...each('conll', join(OWN, 'piped'), /\.iob$/, 1),
    ...each('spans-jsonl', join(OWN, 'real', 'prodigy'), /\.jsonl$/, 2),
    ...each('doccano', join(SHARED, 'doccano'), /\.jsonl$/, 4),
    ...each('labelstudio', join(OWN, 'real', 'labelstudio'), /\.json$/, 3),
    ...each('labelstudio', join(OWN, 'labelstudio-paragraphs'), /\.json$/, 1),
    ...each('labelstudio', join(OWN, 'labelstudio-hypertext'), /\.json$/, 1),
    ...each('hf', join(OWN, 'huggingface'), /\.jsonl$/, 1),
    {
      format: 'hf',
      name: 'conll2003',
      files: [
        file(join(OWN, 'huggingface', 'conll2003', 'train.jsonl')),
        file(join(OWN, 'huggingface', 'conll2003', 'dataset_info.json')),
      ],
    },
  ];
}
