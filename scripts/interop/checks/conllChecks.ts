import { readFile } from 'node:fs/promises';
import { broken, skipped, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import { compareTokenEntities } from '../compareTokenEntities';
import type { TokenEntity } from '../compareTokenEntities';
import { runConlleval } from '../conlleval';
import type { InteropContext } from '../interopContext';
import { iobGold } from '../iobGold';
import { matchDocuments } from '../matchDocuments';
import { pasteNerColumn } from '../pasteNerColumn';
import { runPython } from '../runPython';
import { exportWithLabels } from './exportWithLabels';

interface SpacyDoc {
  readonly words: readonly string[];
  readonly ents: readonly TokenEntity[];
}
interface ConverterReport {
  readonly docs: readonly SpacyDoc[];
  readonly error: string | null;
}

const FORMAT = 'CoNLL';
const CONLLEVAL = 'conlleval.pl gold vs gold: 100%';
const SPACY_DOCS = 'spaCy conll_ner_to_docs: one doc per document';
const SPACY_ENTS = 'spaCy conll_ner_to_docs: entities = gold';

/**
 * CoNLL / IOB2 read by conlleval.pl (the NER column pasted twice must score 100% with the
 * gold's phrase count) and by spaCy's CoNLL-NER converter (one document per Loupe document,
 * entities equal to the gold).
 */
export async function conllChecks(ctx: InteropContext): Promise<CheckResult[]> {
  const { row, exported } = await exportWithLabels(ctx, FORMAT, 'conll');
  const file = exported.ok ? exported.files[0] : undefined;
  if (!exported.ok || !file) {
    const reason = exported.ok ? 'the export wrote no file' : exported.reason;
    return [row, ...[CONLLEVAL, SPACY_DOCS, SPACY_ENTS].map((c) => broken(FORMAT, c, reason))];
  }
  return [row, ...(await checkConllFile(ctx, file))];
}

/** The conlleval and spaCy rows for one CoNLL file (an export, or a control file). */
export async function checkConllFile(ctx: InteropContext, file: string): Promise<CheckResult[]> {
  const content = await readFile(file, 'utf8');
  const [conlleval, spacy] = await Promise.all([
    conllevalCheck(ctx, content),
    spacyChecks(ctx, file),
  ]);
  return [conlleval, ...spacy];
}

async function conllevalCheck(ctx: InteropContext, content: string): Promise<CheckResult> {
  const tool = ctx.tools.conlleval;
  if (!tool.ok) return skipped(FORMAT, CONLLEVAL, tool.reason);
  const gold = ctx.gold.flatMap(iobGold);
  const expected = new Map<string, number>();
  for (const s of gold) expected.set(s.label, (expected.get(s.label) ?? 0) + 1);
  const report = await runConlleval(tool.path, pasteNerColumn(content));
  const mismatches: string[] = [];
  if (/^[^\n]*\S\t/mu.test(content))
    mismatches.push(
      'the file separates columns with tabs; conlleval.pl splits lines at single spaces',
    );
  const said = report.output.trim().split('\n').slice(0, 2).join(' / ');
  if (report.code !== 0 || report.phrases === undefined)
    mismatches.push(`conlleval.pl exited ${report.code}: ${said}`);
  else if (/Use of uninitialized|unexpected number/.test(report.output))
    mismatches.push(
      `conlleval.pl warned: ${report.output.split('\n').find((l) => /Use of|unexpected/.test(l))}`,
    );
  if (report.accuracy !== 100 || report.fb1 !== 100)
    mismatches.push(
      `conlleval.pl scored accuracy ${report.accuracy ?? '?'}%, FB1 ${report.fb1 ?? '?'} (not 100): ${said}`,
    );
  if (report.found !== report.phrases || report.correct !== report.phrases)
    mismatches.push(
      `conlleval.pl found ${report.found ?? '?'} and counted ${report.correct ?? '?'} correct of ${report.phrases ?? '?'} phrases`,
    );
  for (const label of new Set([...expected.keys(), ...Object.keys(report.byType)]))
    if ((report.byType[label] ?? 0) !== (expected.get(label) ?? 0))
      mismatches.push(
        `conlleval.pl counted ${report.byType[label] ?? 0} ${label || '(empty type)'} phrases, the gold has ${expected.get(label) ?? 0}`,
      );
  return tallied(FORMAT, CONLLEVAL, 'phrases', report.phrases ?? 0, gold.length, mismatches);
}

async function spacyChecks(ctx: InteropContext, file: string): Promise<CheckResult[]> {
  const python = ctx.python;
  if (!python.ok) return [SPACY_DOCS, SPACY_ENTS].map((c) => skipped(FORMAT, c, python.reason));
  const report = await runPython<ConverterReport>(python, 'conll_ner.py', [file]);
  if (!report.ok) return [SPACY_DOCS, SPACY_ENTS].map((c) => broken(FORMAT, c, report.reason));
  const { docs, error } = report.value;
  const match = matchDocuments(ctx.gold, docs, (d) => d.words.join(' '));
  const docMismatches = [
    ...(error ? [`spaCy's converter raised ${error}`] : []),
    ...(docs.length !== ctx.gold.length
      ? [
          `spaCy made ${docs.length} documents of the file, not ${ctx.gold.length} (it splits documents at "-DOCSTART- -X- O O")`,
        ]
      : []),
    ...match.unmatched,
  ];
  const entMismatches: string[] = [];
  let matched = 0;
  for (const [gold, doc] of match.pairs) {
    const compared = compareTokenEntities(gold, doc.words, doc.ents);
    matched += compared.matched;
    entMismatches.push(...compared.mismatches);
  }
  if (match.pairs.length < ctx.gold.length)
    entMismatches.push(
      `${ctx.gold.length - match.pairs.length} document(s) not found in spaCy's output: their entities count as missing`,
    );
  const goldEntities = ctx.gold.reduce((n, doc) => n + iobGold(doc).length, 0);
  return [
    tallied(FORMAT, SPACY_DOCS, 'documents', match.pairs.length, ctx.gold.length, docMismatches),
    tallied(FORMAT, SPACY_ENTS, 'entities', matched, goldEntities, entMismatches),
  ];
}
