/**
 * Runs the Electron security linter (@doyensec/electronegativity) on src/ and fails on any
 * finding that electronegativity.json does not accept with a reason. `npm run lint:electron`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface Finding {
  readonly check: string;
  readonly file: string;
  readonly location: string;
  readonly description: string;
}

interface Accepted {
  readonly check: string;
  readonly file: string;
  readonly why: string;
}

const root = join(import.meta.dirname, '..');

/** What the linter's runner answers when called as a library (it writes no file then). */
interface RunnerResult {
  readonly issues: readonly {
    readonly id: string;
    readonly file: string;
    readonly location?: { readonly line?: number; readonly column?: number };
    readonly description: string;
  }[];
  readonly errors: readonly {
    readonly file: string;
    readonly message: string;
    readonly tolerable: boolean;
  }[];
}

type Runner = (options: Record<string, unknown>, forCli?: boolean) => Promise<RunnerResult>;

/**
 * Runs the linter in process and takes its findings as values. Its CLI's CSV report was the
 * flake: it writes the header and the rows with two concurrent fs.writeFile calls (header
 * truncating, rows appending), so about one run in twenty the header landed over the first
 * row (the CSP finding) and a garbled check name failed the run.
 */
async function scan(): Promise<Finding[]> {
  const electron = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Runner;
  const result = await run({
    input: join(root, 'src'),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electron,
    customScan: [],
    // It fetches Electron's release list over the network: a run must not depend on connectivity.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
  });
  const broken = result.errors.filter((e) => !e.tolerable);
  if (broken.length > 0)
    throw new Error(
      `electronegativity could not read: ${broken.map((e) => `${e.file}: ${e.message}`).join('; ')}`,
    );
  return result.issues.map((issue) => ({
    check: issue.id.trim(),
    file: issue.file.trim(),
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    description: issue.description,
  }));
}

async function main(): Promise<number> {
  const accepted = (
    JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')) as {
      accepted: Accepted[];
    }
  ).accepted;
  const findings = await scan();
  const isAccepted = (f: Finding) =>
    accepted.some((a) => a.check === f.check && a.file === f.file && a.why.trim().length > 0);
  const open = findings.filter((f) => !isAccepted(f));
  for (const a of accepted)
    if (!findings.some((f) => f.check === a.check && f.file === a.file))
      console.error(
        `electronegativity: ${a.check} in ${a.file} is accepted but no longer reported; drop it from electronegativity.json`,
      );
  for (const f of open)
    console.error(`electronegativity: ${f.check} ${f.file}:${f.location} ${f.description}`);
  console.error(
    `electronegativity: ${findings.length} finding(s), ${findings.length - open.length} accepted with a reason, ${open.length} open`,
  );
  return open.length === 0 ? 0 : 1;
}

process.exitCode = await main();
