import { runProcess } from './runProcess';

/** What conlleval.pl said about a file: its exit code, totals, and phrases per type. */
export interface ConllevalReport {
  readonly code: number;
  readonly tokens?: number;
  readonly phrases?: number;
  readonly found?: number;
  readonly correct?: number;
  readonly accuracy?: number;
  readonly fb1?: number;
  /** Phrases found per type, e.g. `{ GPE: 18, PERSON: 4 }`. */
  readonly byType: Readonly<Record<string, number>>;
  /** Its stdout and stderr, for the record. */
  readonly output: string;
}

/**
 * Runs the unchanged `conlleval.pl` (from `../shared/tools`) on a file given on stdin, with
 * its default space delimiter (or `delimiter`, its `-d`: `\t` for tab-separated files), and
 * reads its summary.
 * @example await runConlleval(script, 'Mike B-PERSON B-PERSON\n') → { code: 0, phrases: 1, fb1: 100, … }
 */
export async function runConlleval(
  script: string,
  content: string,
  delimiter?: string,
): Promise<ConllevalReport> {
  const args = delimiter === undefined ? [script] : [script, '-d', delimiter];
  const run = await runProcess('perl', args, { input: content, timeoutMs: 60_000 });
  const out = run.stdout;
  const totals =
    /processed (\d+) tokens with (\d+) phrases; found: (\d+) phrases; correct: (\d+)\./.exec(out);
  const accuracy = /accuracy:\s+([\d.]+)%/.exec(out);
  const fb1 = /^accuracy:.*FB1:\s+([\d.]+)/m.exec(out);
  const byType: Record<string, number> = {};
  for (const m of out.matchAll(/^\s*(\S+): precision: .*FB1:\s+[\d.]+\s+(\d+)\s*$/gm))
    byType[m[1] as string] = Number(m[2]);
  return {
    code: run.code,
    ...(totals
      ? {
          tokens: Number(totals[1]),
          phrases: Number(totals[2]),
          found: Number(totals[3]),
          correct: Number(totals[4]),
        }
      : {}),
    ...(accuracy ? { accuracy: Number(accuracy[1]) } : {}),
    ...(fb1 ? { fb1: Number(fb1[1]) } : {}),
    byType,
    output: `${out}${run.stderr}`,
  };
}
