/** What one `npm run bench` does: sizes, repetitions, scenarios, output. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Sizes divided by this (1 normally, 10 with --quick); `--tiny` is for the smoke test. */
  readonly scale: number;
  readonly runs: number;
  readonly only: readonly ScenarioId[] | null;
  readonly out: string;
  readonly workDir: string | null;
  /** `--no-docs`: leave README.md and docs/bench.md alone. */
  readonly noDocs: boolean;
  /** `--sizes 1kb,10mb`: only these document sizes (any of them, in quick mode too); null: the mode's own. */
  readonly sizes: readonly DocumentSizeKey[] | null;
}

/** The document sizes of the app and store scenarios, by the name `--sizes` takes. */
export const DOCUMENT_SIZE_KEYS = ['1kb', '100kb', '1mb', '10mb'] as const;
export type DocumentSizeKey = (typeof DOCUMENT_SIZE_KEYS)[number];

export const SCENARIOS = [
  'app',
  'store',
  'editor',
  'open',
  'export',
  'agreement',
  'startup',
  'learner',
  'history',
] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** Reads `--quick`, `--tiny`, `--runs N`, `--only a,b`, `--sizes a,b`, `--out PATH`, `--work DIR`, `--no-docs`. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0
      ? argv[at + 1]
      : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const quick = argv.includes('--quick');
  const tiny = argv.includes('--tiny');
  const named =
    value('only')
      ?.split(',')
      .map((s) => s.trim()) ?? null;
  const unknown = named?.find((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown) throw new Error(`unknown scenario ${unknown}; known: ${SCENARIOS.join(', ')}`);
  const sizes =
    value('sizes')
      ?.split(',')
      .map((s) => s.trim().toLowerCase()) ?? null;
  const unknownSize = sizes?.find((s) => !(DOCUMENT_SIZE_KEYS as readonly string[]).includes(s));
  if (unknownSize)
    throw new Error(`unknown size ${unknownSize}; known: ${DOCUMENT_SIZE_KEYS.join(', ')}`);
  // Quick mode (development, under two minutes) runs the app users run and its saves; the rest with --only.
  const only = (named ?? (quick && !tiny ? ['app', 'store'] : null)) as ScenarioId[] | null;
  return {
    quick: quick || tiny,
    scale: tiny ? 1000 : quick ? 10 : 1,
    runs: Number(value('runs') ?? (tiny ? 1 : quick ? 2 : 5)),
    only,
    out: value('out') ?? (quick ? 'bench/results/quick.json' : 'bench/results/latest.json'),
    workDir: value('work') ?? null,
    noDocs: argv.includes('--no-docs') || tiny,
    sizes: sizes as DocumentSizeKey[] | null,
  };
}
