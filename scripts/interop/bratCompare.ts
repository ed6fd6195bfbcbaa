import { runProcess } from './runProcess';

/** Annotations of one kind (T, E, R, A, N, #, *): in the original, in the export, identical. */
export interface KindCount {
  readonly orig: number;
  readonly export: number;
  readonly same: number;
}

/** What brat's parser found comparing an original collection with its export. */
export interface BratCompareReport {
  readonly ok: boolean;
  readonly counts: Readonly<Record<string, KindCount>>;
  /** Parser errors, texts that changed, and brat_compare's samples of missing/extra annotations. */
  readonly problems: readonly string[];
}

interface RawCompare {
  counts: Record<string, KindCount>;
  txt_differs: string[];
  errors: string[];
}

/**
 * Runs `brat_compare.py <original> <exported>`: JSON counts, then sample lines such as
 * `missing E` followed by indented annotations; both are read.
 * @example await bratCompare(script, '/tmp/x/original', '/tmp/x/exports/brat') → { counts: { T: { orig: 29, export: 29, same: 29 } }, … }
 */
export async function bratCompare(
  script: string,
  original: string,
  exported: string,
): Promise<BratCompareReport> {
  const run = await runProcess('python3', [script, original, exported], {
    env: { ...process.env, PYTHONUTF8: '1' },
    timeoutMs: 120_000,
  });
  const lines = run.stdout.split('\n');
  const end = lines.indexOf('}');
  let raw: RawCompare;
  try {
    raw = JSON.parse(lines.slice(0, end + 1).join('\n')) as RawCompare;
  } catch {
    const said = (run.stderr || run.stdout).trim().split('\n').slice(-2).join(' ');
    return { ok: false, counts: {}, problems: [`brat_compare.py exited ${run.code}: ${said}`] };
  }
  const problems = [
    ...raw.errors,
    ...raw.txt_differs.map((name) => `${name}: the exported .txt differs from the original`),
    ...samples(lines.slice(end + 1)),
  ];
  return { ok: run.code === 0 && problems.length === 0, counts: raw.counts, problems };
}

/** `missing E` / `    ('doc', (…))` lines → `missing E: ('doc', (…))`. */
function samples(lines: readonly string[]): string[] {
  const out: string[] = [];
  let heading = '';
  for (const line of lines) {
    if (!line.trim()) continue;
    if (/^\S/.test(line)) heading = line.trim();
    else out.push(`${heading}: ${line.trim()}`);
  }
  return out;
}
