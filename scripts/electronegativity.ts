/**
 * Runs the Electron security linter (@doyensec/electronegativity) on src/ and fails on any
 * finding that electronegativity.json does not accept with a reason. `npm run lint:electron`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** CSV records; quoted fields may hold commas, line breaks and doubled quotes. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      record.push(field);
      field = '';
    } else if ((c === '\n' || c === '\r') && !quoted) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records.filter((r) => r.some((f) => f.trim()));
}

function scan(): Finding[] {
  const report = join(mkdtempSync(join(tmpdir(), 'loupe-electronegativity-')), 'report.csv');
  const electron = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const bin = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  const run = spawnSync(
    bin,
    ['-i', join(root, 'src'), '-r', '-v', 'false', '-e', electron, '-o', report],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0)
    throw new Error(`electronegativity failed (${run.status}): ${run.stderr || run.stdout}`);
  return csvRecords(readFileSync(report, 'utf8'))
    .slice(1)
    .map(([check = '', , , file = '', location = '', , description = '']) => ({
      check: check.trim(),
      file: file.trim(),
      location,
      description,
    }));
}

function main(): number {
  const accepted = (
    JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')) as {
      accepted: Accepted[];
    }
  ).accepted;
  const findings = scan();
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

process.exitCode = main();
