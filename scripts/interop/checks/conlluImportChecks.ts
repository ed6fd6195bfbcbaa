import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CHECKOUT } from '../checkout';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import { runPython } from '../runPython';
import { spacyEntities } from '../spacyDocs';
import type { SpacyDocs } from '../spacyDocs';

const FORMAT = 'CoNLL import, CoNLL-U';
/** A Universal Dependencies excerpt of three `# newdoc` documents (tests/fixtures/real/conllu/SOURCES.md). */
const EWT = join(CHECKOUT, 'tests', 'fixtures', 'real', 'conllu', 'ewt-dev-3docs.conllu');
/** NorNE: one document, names in MISC, no `-DOCSTART-` or `# newdoc` line (tests/fixtures/conllu/SOURCES.md). */
const NORNE = join(CHECKOUT, 'tests', 'fixtures', 'conllu', 'norne-nob-dev-head.conllu');

/** What `python/conllu_docs.py` prints: spaCy's documents of the file (a sentence each, with its text), and its own `# newdoc` count. */
interface ConlluDocs extends SpacyDocs {
  readonly docs: readonly (SpacyDocs['docs'][number] & { readonly text: string })[];
  readonly newdocs: number;
}
/** What `loupe import --json` says of the documents it read. */
interface Imported {
  readonly documents: readonly { readonly spans: number }[];
}

const CHECKS = [
  'ewt-dev-3docs.conllu: documents imported = its # newdoc lines',
  "ewt-dev-3docs.conllu: CoNLL export = the file's documents, each byte for byte",
  "with NorNE: spaCy conllu_to_docs of the export = the files' names",
  'with NorNE: the export imported again = its # newdoc lines, its names',
  "ewt-dev-3docs.conllu: each sentence's text = spaCy conllu_to_docs's (SpaceAfter=No, multiword tokens)",
] as const;

/**
 * CoNLL-U files of several documents through the command line: a treebank excerpt's documents
 * are its `# newdoc` lines (counted by Python) and its CoNLL export is the file byte for byte;
 * exported with NorNE's document into one file (a split of all into train: an export writes each
 * file's documents back to it), spaCy's CoNLL-U converter reads
 * the names both files had (as it reads the files themselves), and Loupe reads the export back
 * as one document per `# newdoc` line with every name.
 */
export async function conlluImportChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const { python } = ctx;
  if (!python.ok) return CHECKS.map((c) => skipped(FORMAT, c, python.reason));
  const work = join(ctx.work, 'conllu-import');
  const ewtProject = join(work, 'ewt');
  const both = join(work, 'both');
  const back = join(work, 'back');
  const ewtImport = await ctx.loupe
    .run(['init', ewtProject])
    .then(() => ctx.loupe.run(['import', ewtProject, EWT, '--annotator', 'interop', '--json']));
  const runs = [
    [
      'export',
      ewtProject,
      '--format',
      'conll',
      '--annotator',
      'interop',
      '--out',
      join(work, 'ewt-out'),
    ],
    ['init', both],
    ['import', both, EWT, NORNE, '--annotator', 'interop'],
    [
      'export',
      both,
      '--format',
      'conll',
      '--annotator',
      'interop',
      '--split',
      '100/0/0',
      '--out',
      join(work, 'both-out'),
    ],
    ['init', back],
  ];
  for (const run of [ewtImport, ...(await sequence(ctx, runs))])
    if (run.code !== 0) return CHECKS.map((c) => broken(FORMAT, c, run.stderr.trim()));
  // A split of all into train writes both files' documents into one file, NorNE's as CoNLL-U.
  const exported = join(work, 'both-out', 'train', 'conll.txt');
  const again = await ctx.loupe.run([
    'import',
    back,
    exported,
    '--format',
    'conll',
    '--annotator',
    'interop',
    '--json',
  ]);
  if (again.code !== 0) return CHECKS.map((c) => broken(FORMAT, c, again.stderr.trim()));
  const [ewt, norne, mixed] = await Promise.all(
    [EWT, NORNE, exported].map((f) => runPython<ConlluDocs>(python, 'conllu_docs.py', [f])),
  );
  if (!ewt?.ok || !norne?.ok || !mixed?.ok) {
    const reason = [ewt, norne, mixed].find((r) => r && !r.ok);
    return CHECKS.map((c) => broken(FORMAT, c, reason && !reason.ok ? reason.reason : 'no run'));
  }
  const read = parsed(ewtImport.stdout);
  const reread = parsed(again.stdout);
  const source = await readFile(EWT, 'utf8');
  const own = await readFile(join(work, 'ewt-out', basename(EWT)), 'utf8');
  // The project lists its documents by name: each comes back as it was, in that order.
  const same = byNewdoc(own).join('') === byNewdoc(source).join('');
  const expected = [...spacyEntities(ewt.value), ...spacyEntities(norne.value)].sort();
  const got = spacyEntities(mixed.value).sort();
  const agreed = got.filter((e, i) => e === expected[i]).length;
  const names = reread.documents.reduce((n, d) => n + d.spans, 0);
  const sentences = await sentencesOf(join(ewtProject, 'documents'));
  // spaCy's document of a sentence ends with its last word's space.
  const spacy = ewt.value.docs.map((d) => d.text.replace(/ $/u, '')).sort();
  const sameText = sentences.filter((s, i) => s === spacy[i]).length;
  return [
    count(CHECKS[0], read.documents.length, ewt.value.newdocs),
    tallied(FORMAT, CHECKS[1], 'files', same ? 1 : 0, 1, same ? [] : ['a document differs']),
    tallied(FORMAT, CHECKS[2], 'names', agreed, expected.length, [
      ...(mixed.value.error ? [`spaCy's converter raised ${mixed.value.error}`] : []),
      ...(got.length !== expected.length
        ? [`spaCy read ${got.length} names, the files hold ${expected.length}`]
        : []),
    ]),
    tallied(
      FORMAT,
      CHECKS[3],
      'documents',
      reread.documents.length === mixed.value.newdocs && names === expected.length ? 1 : 0,
      1,
      [
        ...(reread.documents.length !== mixed.value.newdocs
          ? [
              `Loupe read ${reread.documents.length} documents, the export has ${mixed.value.newdocs} # newdoc lines`,
            ]
          : []),
        ...(names !== expected.length
          ? [`Loupe read ${names} names, spaCy ${expected.length}`]
          : []),
      ],
    ),
    tallied(
      FORMAT,
      CHECKS[4],
      'sentences',
      sameText,
      spacy.length,
      sentences.length === spacy.length
        ? []
        : [`Loupe has ${sentences.length} sentences, spaCy ${spacy.length}`],
    ),
  ];
}

/** The sentences (lines) of a project's document texts, sorted. */
async function sentencesOf(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt'));
  const texts = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
  return texts.flatMap((t) => t.split('\n')).sort();
}

/** A CoNLL-U file's documents, each from its `# newdoc` line, sorted. */
function byNewdoc(content: string): string[] {
  return content.split(/^(?=# newdoc\b)/mu).sort();
}

/** Runs the commands one after the other (each needs the one before). */
async function sequence(ctx: InteropContext, runs: readonly (readonly string[])[]) {
  const done = [];
  for (const args of runs) done.push(await ctx.loupe.run(args));
  return done;
}

/** `loupe import --json`'s output, or no documents when it is not that. */
function parsed(stdout: string): Imported {
  try {
    const value: unknown = JSON.parse(stdout);
    if (
      typeof value === 'object' &&
      value !== null &&
      'documents' in value &&
      Array.isArray(value.documents)
    )
      return {
        documents: value.documents.map((d: unknown) => ({
          spans:
            typeof d === 'object' && d !== null && 'spans' in d && typeof d.spans === 'number'
              ? d.spans
              : 0,
        })),
      };
  } catch {
    // not JSON: counted as no documents
  }
  return { documents: [] };
}

function count(check: string, got: number, expected: number): CheckResult {
  return tallied(
    FORMAT,
    check,
    'documents',
    got === expected ? got : 0,
    expected,
    got === expected
      ? []
      : [`Loupe read ${got} documents, the file has ${expected} # newdoc lines`],
  );
}
