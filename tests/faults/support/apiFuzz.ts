import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Workbench } from '../../../src/node';
import {
  failure,
  isMethodOf,
  publicContract,
  restrictTo,
  type Invoke,
  type PublicMethodName,
} from '../../../src/shared/contract';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { readDiskState } from './diskState';
import { faultProject, openWorkbench, type FaultProject } from './faultProject';
import { installFsTrap, isWrite } from './fsTrap';
import { jsonSchemaOf, PATH_LIKE, valueArb, type ValuePools } from './payloadArbitrary';
import { isInside } from './readOnlyFolder';
import { addPerson } from './workbenchEdits';

/** What an API fuzz run did and found; `failures` must be empty. */
export interface ApiFuzzReport {
  calls: number;
  /** Calls by outcome: `ok` or the WorkbenchError code. */
  readonly outcomes: Record<string, number>;
  readonly failures: string[];
}

/** A way to break the workbench on purpose, so the self-check can prove the fuzzer notices. */
export type Sabotage = 'internal' | 'type-error' | 'write-outside';

/** What the transports call: the workbench's invoker restricted to the public methods. */
function transportOf(workbench: Workbench): Invoke {
  return restrictTo(publicContract, workbench.invoke);
}

function sabotaged(invoke: Invoke, project: FaultProject, how: Sabotage): Invoke {
  return async (method, payload) => {
    if (how === 'internal') return failure('internal', 'sabotaged');
    if (how === 'type-error') throw new TypeError('sabotaged');
    await writeFile(join(dirname(project.dir), 'escape.txt'), 'x');
    return invoke(method, payload);
  };
}

/** Runs the fuzzer against each sabotage and returns its first complaint for each (the checker's self-check). */
export async function apiFuzzSelfCheck(): Promise<string[]> {
  const found: string[] = [];
  for (const how of ['internal', 'type-error', 'write-outside'] as const)
    found.push((await fuzzApi(30, 1, how)).failures[0] ?? `${how}: not noticed`);
  return found;
}

/** One transport call: a method name (sometimes not one of the contract's) and its payload. */
interface Call {
  readonly method: string;
  readonly payload: unknown;
}

const NOT_METHODS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'getproject',
  'store',
  'close',
  '../addSpan',
];

/** A project with spans, an entity and a stance, and the ids a payload may name. */
async function fuzzTarget(): Promise<{
  project: FaultProject;
  workbench: Workbench;
  pools: ValuePools;
}> {
  const project = await faultProject();
  const workbench = await openWorkbench(project);
  const spans = [
    await addPerson(workbench, 'ap', 0, 7),
    await addPerson(workbench, 'rudaw', 0, 16),
    await addPerson(workbench, 'rudaw', 28, 39),
  ];
  const created = await workbench.createEntity({
    name: 'Adel Abdul-Mahdi',
    type: 'PERSON',
    link: { documentId: 'rudaw', spanId: spans[1] as string },
  });
  const stance = await workbench.addStance({
    documentId: 'rudaw',
    holder: { kind: 'span', spanId: spans[1] as string },
    polarity: 'AGAINST',
    evidence: [spans[2] as string],
  });
  const entities = (await workbench.listEntities({})).map((e) => e.id);
  const stances = [...created.changes, ...stance.changes].flatMap((c) =>
    c.stancesUpserted.map((s) => s.id),
  );
  const strings = [
    'ap',
    'rudaw',
    'scrape',
    'missing',
    ...spans,
    ...entities,
    ...stances,
    'PERSON',
    'ORG',
    'GPE',
    'FAVOR',
    'AGAINST',
    'tester',
    'amira',
    'Iraq',
    ...PATH_LIKE,
  ];
  return { project, workbench, pools: { strings } };
}

const METHODS = Object.keys(publicContract) as PublicMethodName[];

function callArb(pools: ValuePools): fc.Arbitrary<Call> {
  const byMethod = METHODS.map((method) =>
    valueArb(jsonSchemaOf(publicContract[method].request), pools).map((payload) => ({
      method,
      payload,
    })),
  );
  return fc.oneof(
    { weight: 30, arbitrary: fc.oneof(...byMethod) },
    {
      weight: 2,
      arbitrary: fc.record({
        method: fc.constantFrom(...METHODS),
        payload: fc.anything({ maxDepth: 3 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        method: fc.oneof(fc.constantFrom(...NOT_METHODS), fc.string()),
        payload: fc.anything({ maxDepth: 1 }),
      }),
    },
  );
}

/** Why a call's outcome breaks the contract (null when it keeps it). */
async function callProblem(
  invoke: Invoke,
  call: Call,
  outcomes: Record<string, number>,
): Promise<string | null> {
  let envelope;
  try {
    envelope = await invoke(call.method, call.payload);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  if (!envelope.ok) {
    const { code, message } = envelope.error;
    outcomes[code] = (outcomes[code] ?? 0) + 1;
    if (code === 'internal') return `internal error: ${message}`;
    // The project holds no damaged file, so blaming one misleads the user.
    return code === 'damaged_file' ? `damaged_file for a healthy project: ${message}` : null;
  }
  outcomes.ok = (outcomes.ok ?? 0) + 1;
  if (!isMethodOf(publicContract, call.method)) return 'answered a method the contract lacks';
  const parsed = publicContract[call.method].result.safeParse(envelope.result);
  return parsed.success
    ? null
    : `answered outside its result schema: ${parsed.error.issues[0]?.message ?? ''}`;
}

function describe(call: Call): string {
  const text =
    JSON.stringify(call.payload, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 80 ? `${v.slice(0, 20)}…(${v.length})` : v,
    ) ?? String(call.payload);
  return `${JSON.stringify(call.method)} ${text.slice(0, 400)}`;
}

/**
 * Sends `calls` random and boundary payloads through the invoker, as both transports do: each
 * must answer within its response schema or fail with a typed, non-internal WorkbenchError;
 * no file may be written outside the project and user folders, and no rejection go unhandled.
 */
export async function fuzzApi(
  calls: number,
  seed: number,
  sabotage?: Sabotage,
): Promise<ApiFuzzReport> {
  const { project, workbench: real, pools } = await fuzzTarget();
  const workbench = real;
  const invoke = sabotage ? sabotaged(transportOf(real), project, sabotage) : transportOf(real);
  const report: ApiFuzzReport = { calls: 0, outcomes: {}, failures: [] };
  // exportProject writes only inside the project's exports folder, whatever `out` says.
  const allowed = [project.dir, project.userFolder].map((p) => resolve(p));
  const outside: string[] = [];
  const sentinel = snapshotFolder(dirname(project.dir));
  const unhandled = (reason: unknown): void =>
    void report.failures.push(`unhandled rejection: ${String(reason)}`);
  process.on('unhandledRejection', unhandled);
  const removeTrap = installFsTrap((op) => {
    for (const path of [op.path, op.to].filter((p): p is string => p !== undefined)) {
      if (isWrite(op) && !allowed.some((folder) => isInside(path, folder)))
        outside.push(`${op.op} ${path}`);
    }
  });
  try {
    const result = await fc.check(
      fc.asyncProperty(callArb(pools), async (picked) => {
        report.calls++;
        const call = picked;
        const problem = await callProblem(invoke, call, report.outcomes);
        if (problem) throw new Error(`${describe(call)}: ${problem}`);
      }),
      { numRuns: calls, seed, endOnFailure: true },
    );
    if (result.failed)
      report.failures.push(
        `seed ${seed}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
      );
    await workbench.close();
  } finally {
    removeTrap();
    process.off('unhandledRejection', unhandled);
  }
  report.failures.push(...outside.map((w) => `wrote outside the project: ${w}`));
  const after = snapshotFolder(dirname(project.dir));
  const changedOutside = Object.keys({ ...sentinel, ...after }).filter(
    (f) => !/^(project|user)\b/.test(f) && sentinel[f] !== after[f],
  );
  report.failures.push(...changedOutside.map((f) => `a file beside the project changed: ${f}`));
  const disk = await readDiskState(project.dir, 'tester');
  report.failures.push(...disk.problems.map((p) => `the project no longer validates: ${p}`));
  if (({} as Record<string, unknown>).polluted !== undefined)
    report.failures.push('Object.prototype was polluted');
  await workbench.getProject({}).then(
    () => undefined,
    (error: unknown) => report.failures.push(`the workbench stopped answering: ${String(error)}`),
  );
  return report;
}
