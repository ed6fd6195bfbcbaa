/** One named fault scenario that throws (node:assert) when Loupe misbehaves; shared by the vitest files and scripts/faults.ts. */
export interface FaultCheck {
  readonly name: string;
  run(): Promise<void>;
  /** Set when the check describes a known loss that a planned change fixes: it is expected to fail today. */
  readonly knownFailure?: string;
}

/** Runs checks one by one; a known failure that fails is expected, one that passes is news. */
export async function runChecks(
  checks: readonly FaultCheck[],
): Promise<{ passed: number; knownFailures: number; failures: string[] }> {
  const result = { passed: 0, knownFailures: 0, failures: [] as string[] };
  for (const check of checks) {
    const error = await check.run().then(
      () => null,
      (e: unknown) => e,
    );
    if (check.knownFailure) {
      if (error) result.knownFailures++;
      else result.failures.push(`${check.name}: passes now; drop its knownFailure mark`);
    } else if (error) {
      result.failures.push(
        `${check.name}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } else {
      result.passed++;
    }
  }
  return result;
}
