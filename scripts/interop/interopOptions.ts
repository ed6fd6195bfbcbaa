import { parseArgs } from 'node:util';

/** `npm run interop [-- --out PATH] [--keep] [--strict] [--show N] [--prepare]` */
export interface InteropOptions {
  /** Where the JSON result goes (gitignored by default). */
  readonly out: string;
  /** Keep the temporary work folder (exports, projects) and say where it is. */
  readonly keep: boolean;
  /** A skipped check fails the run too (CI, where every reader must be present). */
  readonly strict: boolean;
  /** Differences printed per check. */
  readonly show: number;
  /** Only install the Python readers (spaCy, datasets, lxml) and exit: CI runs it beside the tests. */
  readonly prepare: boolean;
}

/**
 * Reads the harness's command line; an unknown option throws.
 * @example parseInteropOptions(['--strict']) → { out: 'test-results/interop.json', keep: false, strict: true, show: 5, prepare: false }
 */
export function parseInteropOptions(argv: readonly string[]): InteropOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string', default: 'test-results/interop.json' },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      show: { type: 'string', default: '5' },
      prepare: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const show = Number(values.show);
  if (!Number.isInteger(show) || show < 0)
    throw new Error(`--show takes a count, not ${values.show}`);
  return {
    out: values.out,
    keep: values.keep,
    strict: values.strict,
    show,
    prepare: values.prepare,
  };
}
