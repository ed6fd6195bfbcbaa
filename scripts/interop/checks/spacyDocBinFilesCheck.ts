import { join } from 'node:path';
import { broken, tallied } from '../checkResult';
import type { CheckResult } from '../checkResult';
import type { InteropContext } from '../interopContext';
import { runSteps } from '../loupeCli';
import type { PythonSetup } from '../pythonEnv';
import { runPython } from '../runPython';

interface Mention {
  readonly text: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}
interface SpacyDoc {
  readonly text: string;
  readonly ents: readonly Mention[];
}
interface DocBinReport {
  readonly files: readonly { readonly docs: readonly SpacyDoc[]; readonly error: string | null }[];
}

const FORMAT = 'spaCy DocBin';
/** The check's name in the harness's table. */
export const TWO_FILES =
  'spaCy-made train.spacy + dev.spacy imported, exported: both files, spaCy reads each one as made';

/** The files spaCy makes and Loupe is to write back, in this order. */
const NAMES = ['train.spacy', 'dev.spacy'] as const;

/**
 * Two DocBins spaCy made (python/spacy_docbin.py) imported into one project and exported as
 * `.spacy`: the export holds a file of each name, and spaCy's `DocBin().from_disk` reads from
 * each the texts and entities it made in it, in order.
 */
export async function spacyDocBinFilesCheck(
  ctx: InteropContext,
  python: PythonSetup,
): Promise<CheckResult> {
  const folder = join(ctx.work, 'spacy-docbin', 'two-files');
  const made = await runPython<DocBinReport>(python, 'spacy_docbin.py', [
    'make',
    ...NAMES.map((name) => join(folder, 'in', name)),
  ]);
  if (!made.ok) return broken(FORMAT, TWO_FILES, made.reason);
  const project = join(folder, 'project');
  const out = join(folder, 'out');
  const failed = await runSteps(ctx.loupe, [
    ['init', project],
    ['import', project, join(folder, 'in'), '--annotator', 'interop'],
    ['export', project, '--format', 'spacy', '--annotator', 'interop', '--out', out],
  ]);
  if (failed) return broken(FORMAT, TWO_FILES, failed);
  const back = await runPython<DocBinReport>(python, 'spacy_docbin.py', [
    'read',
    ...NAMES.map((name) => join(out, name)),
  ]);
  if (!back.ok) return broken(FORMAT, TWO_FILES, back.reason);
  const mismatches: string[] = [];
  let same = 0;
  for (const [i, name] of NAMES.entries()) {
    const read = back.value.files[i];
    const expected = JSON.stringify(made.value.files[i]?.docs.map(textAndEnts));
    if (read?.error) mismatches.push(`${name}: ${read.error}`);
    else if (JSON.stringify(read?.docs.map(textAndEnts)) === expected) same++;
    else mismatches.push(`${name}: spaCy read ${JSON.stringify(read?.docs).slice(0, 300)}`);
  }
  return tallied(FORMAT, TWO_FILES, 'files', same, NAMES.length, mismatches);
}

function textAndEnts(doc: SpacyDoc): { text: string; ents: readonly Mention[] } {
  return { text: doc.text, ents: doc.ents };
}
