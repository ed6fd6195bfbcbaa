/**
 * Compares Loupe's training tokenizer with spaCy's (spacy.blank('en')) on real texts: the
 * seeds, the shared real fixtures' texts, and the interop hard cases. Prints how many tokens
 * agree (text and single-space flag, at the same index) and the first differences.
 * Usage: npm run -s tokenizer:compare [-- --python /path/to/python]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spacyEnglishTokens, SPACY_ENGLISH_RULES } from '../../src/shared/text/spacyEnglish';
import { HARD_CASES } from '../interop/hardCases';
import { CHECKOUT } from '../interop/checkout';
import { VENV_DIR } from '../interop/pythonEnv';
import { runProcess } from '../interop/runProcess';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every text field of a JSON or JSON Lines record file. */
function jsonTexts(content: string): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length > 20 && /\s/u.test(value)) out.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const line of content.trim().startsWith('[') ? [content] : content.split('\n'))
    try {
      visit(JSON.parse(line));
    } catch {
      // not JSON: no texts from it
    }
  return out;
}

async function collectTexts(): Promise<string[]> {
  const texts = HARD_CASES.map((doc) => doc.text);
  const shared = join(CHECKOUT, '..', 'shared');
  for (const dir of [join(CHECKOUT, 'seeds'), join(shared, 'fixtures', 'real')])
    for (const file of (await filesUnder(dir)).sort()) {
      const content = await readFile(file, 'utf8');
      if (file.endsWith('.txt')) texts.push(content);
      else if (/\.jsonl?$/u.test(file)) texts.push(...jsonTexts(content));
    }
  return texts;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--python');
  const python = at > 0 ? (process.argv[at + 1] as string) : join(VENV_DIR, 'bin', 'python');
  const texts = await collectTexts();
  const tokens = texts.map((text) => {
    const t = spacyEnglishTokens(text);
    return Array.from({ length: t.count }, (_, i) => [
      text.slice(t.start16[i], t.end16[i]),
      t.spaceAfter[i] === 1,
    ]);
  });
  const run = await runProcess(
    python,
    [join(CHECKOUT, 'scripts', 'tokenizer', 'compare_with_spacy.py')],
    { input: JSON.stringify({ texts, tokens }) },
  );
  if (run.code !== 0) throw new Error(`python failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    spacy: string;
    texts: number;
    tokens: number;
    sameTokens: number;
    textsDiffering: number;
    differences: unknown[];
  };
  const share = ((100 * report.sameTokens) / Math.max(1, report.tokens)).toFixed(3);
  process.stdout.write(
    `spaCy ${report.spacy} vs Loupe (rules from spaCy ${SPACY_ENGLISH_RULES.spacyVersion}): ` +
      `${report.texts} texts, ${report.tokens} tokens, ${share}% identical, ` +
      `${report.textsDiffering} texts differ\n`,
  );
  for (const d of report.differences) process.stdout.write(`${JSON.stringify(d)}\n`);
  if (report.sameTokens / Math.max(1, report.tokens) < 0.999) process.exitCode = 1;
}

void main();
