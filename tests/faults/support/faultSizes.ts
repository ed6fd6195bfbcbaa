/** How hard the fault suite pushes: bounded inside `npm test`, large with LOUPE_FAULTS_FULL=1, each size overridable. */
export interface FaultSizes {
  readonly full: boolean;
  readonly seed: number;
  readonly kills: number;
  readonly apiCalls: number;
  readonly importFiles: number;
  readonly formatInputs: number;
  readonly largeImport: number;
}

function sized(
  env: NodeJS.ProcessEnv,
  name: string,
  normal: number,
  full: number,
  isFull: boolean,
): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : isFull ? full : normal;
}

/** Sizes from LOUPE_FAULTS_FULL, LOUPE_FAULTS_SEED, LOUPE_FAULTS_KILLS, …_API_CALLS, …_IMPORT_FILES, …_FORMAT_INPUTS, …_LARGE_IMPORT. */
export function faultSizes(env: NodeJS.ProcessEnv = process.env): FaultSizes {
  const full = env.LOUPE_FAULTS_FULL === '1';
  const seed = Number(env.LOUPE_FAULTS_SEED);
  return {
    full,
    seed: Number.isInteger(seed) ? seed : Date.now() % 1_000_000,
    kills: sized(env, 'LOUPE_FAULTS_KILLS', 100, 500, full),
    apiCalls: sized(env, 'LOUPE_FAULTS_API_CALLS', 2_000, 20_000, full),
    importFiles: sized(env, 'LOUPE_FAULTS_IMPORT_FILES', 150, 1_500, full),
    formatInputs: sized(env, 'LOUPE_FAULTS_FORMAT_INPUTS', 300, 3_000, full),
    largeImport: sized(env, 'LOUPE_FAULTS_LARGE_IMPORT', 5_000, 5_000, full),
  };
}
