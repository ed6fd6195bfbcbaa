import fc from 'fast-check';
import {
  FORMATS,
  FormatError,
  FormatErrors,
  type Format,
  type FormatBundle,
  type FormatFile,
} from '../../../src/shared/formats';
import { fragmentsSchema } from '../../../src/shared/model';
import { codePointLength } from '../../../src/shared/spans';
import { bundleArb, type Capabilities } from '../../shared/formats/arbitraries';
import { biocJsonFixture } from './biocJsonFixture';
import { mutate, mutationArb } from './fileMutation';

/** Everything the generated bundles may hold; each writer drops what its format cannot express. */
const ALL: Capabilities = {
  discontinuous: true,
  entityLinks: true,
  attributes: 'brat',
  notes: true,
  relations: true,
  relationNotes: true,
  stances: true,
  documentLabels: true,
};

/** What a fuzz run of the readers tried and found; `failures` must be empty. */
export interface FormatFuzzReport {
  readonly inputs: Record<string, number>;
  readonly rejected: Record<string, number>;
  readonly failures: string[];
}

/** The formats that import. */
export function readableFormats(): (Format & { read: NonNullable<Format['read']> })[] {
  return FORMATS.filter(
    (f): f is Format & { read: NonNullable<Format['read']> } => f.read !== undefined,
  );
}

/** Files as the format's own writer produces them (the fixtures mutations start from); plain texts for txt. */
function fixtureArb(format: Format): fc.Arbitrary<FormatFile[]> {
  const extension = format.extensions[0] ?? '.txt';
  const writer = format.write;
  if (!writer)
    return bundleArb({}).map((b) =>
      b.documents.map((d) => ({ path: `${d.name}${extension}`, content: d.text })),
    );
  // A token format refuses overlapping spans unless told which to keep.
  const options = format.overlapPolicy ? { overlaps: 'longest' as const } : {};
  const written = bundleArb(ALL).map((bundle) => [...writer(bundle, options).files]);
  // BioC is read from XML (what its writer makes from a fresh bundle) and from JSON.
  if (format.id === 'bioc') return fc.oneof(written, bundleArb(ALL).map(biocJsonFixture));
  return written;
}

/** Arbitrary text under the format's file name: what a wrong `--format` or a random file gives. */
function strangerArb(format: Format): fc.Arbitrary<FormatFile[]> {
  const path = `stranger${format.extensions[0] ?? '.txt'}`;
  const content = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.array(fc.json({ maxDepth: 2 }), { maxLength: 5 }).map((records) => records.join('\n')),
  );
  return content.map((c) => [{ path, content: c }]);
}

/** A fixture, a fixture with up to three mutations, or a stranger. */
export function inputArb(format: Format): fc.Arbitrary<FormatFile[]> {
  const fixture = fixtureArb(format);
  const mutated = fc
    .tuple(fixture, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([files, ms]) => ms.reduce(mutate, files));
  return fc.oneof(
    { weight: 1, arbitrary: fixture },
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: strangerArb(format) },
  );
}

/** Why a bundle a reader returned could not be stored as it is (null when it can). */
export function bundleProblem(bundle: FormatBundle): string | null {
  for (const document of bundle.documents) {
    const length = codePointLength(document.text);
    const ids = new Set<string>();
    for (const span of document.spans) {
      if (span.id !== undefined && ids.has(span.id))
        return `${document.name}: span id ${span.id} twice`;
      if (span.id !== undefined) ids.add(span.id);
      if (!fragmentsSchema.safeParse(span.fragments).success)
        return `${document.name}: bad fragments ${JSON.stringify(span.fragments)}`;
      if (span.fragments.some((f) => f.end > length))
        return `${document.name}: a fragment ends past the text (${length} code points)`;
      if (span.label.length === 0) return `${document.name}: a span without a label`;
    }
    for (const relation of document.relations)
      if (!ids.has(relation.from) || !ids.has(relation.to))
        return `${document.name}: relation to a missing span`;
    for (const stance of document.stances) {
      if (stance.evidence.some((id) => !ids.has(id)))
        return `${document.name}: stance evidence names a missing span`;
      for (const end of [stance.holder, stance.target])
        if (end?.kind === 'span' && !ids.has(end.spanId))
          return `${document.name}: stance names a missing span`;
    }
  }
  return null;
}

/** Null when reading `files` returned a storable bundle or threw FormatErrors naming real files and lines; else what went wrong. */
export function readOutcome(
  format: Format & { read: NonNullable<Format['read']> },
  files: readonly FormatFile[],
): { rejected: boolean; failure: string | null } {
  let bundle: FormatBundle;
  try {
    bundle = format.read(files);
  } catch (error) {
    if (!(error instanceof FormatErrors))
      return {
        rejected: true,
        failure: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      };
    const paths = new Set(files.map((f) => f.path));
    const bad = error.errors.find(
      (e) =>
        !(e instanceof FormatError) ||
        !e.reason ||
        (e.line !== undefined && !(Number.isInteger(e.line) && e.line >= 1)) ||
        (!paths.has(e.file) && files.length > 0),
    );
    if (error.errors.length === 0)
      return { rejected: true, failure: 'FormatErrors without any error' };
    return {
      rejected: true,
      failure: bad
        ? `a FormatError without a file of the batch, a line or a reason: ${JSON.stringify(bad)}`
        : null,
    };
  }
  const problem = bundleProblem(bundle);
  return {
    rejected: false,
    failure: problem ? `returned a bundle that cannot be stored: ${problem}` : null,
  };
}

/** Fuzzes every reader with `runs` inputs each; stops a format at its first failure (shrunk by fast-check). */
export function fuzzReaders(
  runs: number,
  seed: number,
  formats = readableFormats(),
): FormatFuzzReport {
  const report: FormatFuzzReport = { inputs: {}, rejected: {}, failures: [] };
  for (const format of formats) {
    report.inputs[format.id] = 0;
    report.rejected[format.id] = 0;
    const result = fc.check(
      fc.property(inputArb(format), (files) => {
        const outcome = readOutcome(format, files);
        report.inputs[format.id]!++;
        if (outcome.rejected) report.rejected[format.id]!++;
        return outcome.failure === null;
      }),
      { numRuns: runs, seed, endOnFailure: false },
    );
    if (result.failed) {
      const files = result.counterexample?.[0] ?? [];
      report.failures.push(
        `${format.id} (seed ${seed}, path ${result.counterexamplePath}): ${readOutcome(format, files).failure} for ${JSON.stringify(files).slice(0, 600)}`,
      );
    }
  }
  return report;
}
