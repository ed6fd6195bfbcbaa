/**
 * `npx tsx scripts/countCasts.ts`: counts the type assertions (`x as T`, `<T>x`) in
 * `src/**\/*.ts(x)`, leaving out `as const`, by file and by directory, and how many assert the
 * type of an index read (`record[key] as T`). Exits non-zero when a count passes its budget;
 * `tests/scripts/countCasts.test.ts` runs the same check inside `npm run check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The most casts `src/` may hold; lower it when casts are removed, never raise it lightly. */
export const CAST_BUDGET = { total: 106, onIndexRead: 5 } as const;

export interface FileCasts {
  /** Path from the repository root, `/`-separated. */
  readonly file: string;
  readonly total: number;
  readonly onIndexRead: number;
  /** 1-based line of each cast, for finding them. */
  readonly lines: readonly number[];
}

function isAsConst(node: ts.AsExpression | ts.TypeAssertion): boolean {
  return (
    ts.isTypeReferenceNode(node.type) &&
    ts.isIdentifier(node.type.typeName) &&
    node.type.typeName.text === 'const'
  );
}

function isIndexRead(expression: ts.Expression): boolean {
  let inner = expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return ts.isElementAccessExpression(inner);
}

/** Counts the casts in one source text. `countCastsInText('f.ts', 'a[0] as B').onIndexRead === 1` */
export function countCastsInText(file: string, text: string): FileCasts {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  let total = 0;
  let onIndexRead = 0;
  const lines: number[] = [];
  function visit(node: ts.Node): void {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node)) {
      total += 1;
      if (isIndexRead(node.expression)) onIndexRead += 1;
      lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return { file, total, onIndexRead, lines };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Counts the casts of every `.ts`/`.tsx` file under `<root>/src`, sorted by path. */
export function countCasts(root: string): FileCasts[] {
  return sourceFiles(join(root, 'src'))
    .sort()
    .map((path) =>
      countCastsInText(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')),
    )
    .filter((counts) => counts.total > 0);
}

/** Sums file counts by their directory cut to `depth` segments (`src/node/store` at 3). */
export function castsByDirectory(
  files: readonly FileCasts[],
  depth = 3,
): Map<string, { total: number; onIndexRead: number }> {
  const sums = new Map<string, { total: number; onIndexRead: number }>();
  for (const counts of files) {
    const dir = counts.file.split('/').slice(0, -1).slice(0, depth).join('/');
    const sum = sums.get(dir) ?? { total: 0, onIndexRead: 0 };
    sums.set(dir, {
      total: sum.total + counts.total,
      onIndexRead: sum.onIndexRead + counts.onIndexRead,
    });
  }
  return new Map([...sums].sort(([a], [b]) => a.localeCompare(b)));
}

/** Sums every file's counts. */
export function castTotals(files: readonly FileCasts[]): { total: number; onIndexRead: number } {
  return files.reduce(
    (sum, counts) => ({
      total: sum.total + counts.total,
      onIndexRead: sum.onIndexRead + counts.onIndexRead,
    }),
    { total: 0, onIndexRead: 0 },
  );
}

function main(): number {
  const files = countCasts(join(import.meta.dirname, '..'));
  const verbose = process.argv.includes('--files');
  for (const [dir, sum] of castsByDirectory(files)) {
    console.log(`${String(sum.total).padStart(4)} ${String(sum.onIndexRead).padStart(4)}  ${dir}`);
  }
  if (verbose) {
    console.log('');
    for (const counts of files) {
      console.log(
        `${String(counts.total).padStart(4)} ${String(counts.onIndexRead).padStart(4)}  ${counts.file}:${counts.lines.join(',')}`,
      );
    }
  }
  const totals = castTotals(files);
  console.log(
    `\n${totals.total} casts, ${totals.onIndexRead} on index reads (budget ${CAST_BUDGET.total}, ${CAST_BUDGET.onIndexRead})`,
  );
  const over = totals.total > CAST_BUDGET.total || totals.onIndexRead > CAST_BUDGET.onIndexRead;
  return over ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1])
  process.exitCode = main();
