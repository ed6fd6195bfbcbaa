import { describe, it } from 'vitest';
import { fullDiskChecks, readOnlyChecks, underneathChecks } from './support/diskChecks';
import type { FaultCheck } from './support/faultCheck';
import { transactionDiskChecks } from './support/transactionDiskChecks';

function each(checks: readonly FaultCheck[]): void {
  for (const check of checks) (check.knownFailure ? it.fails : it)(check.name, () => check.run());
}

describe('disk trouble: read-only folders', () => each(readOnlyChecks));
describe('disk trouble: a full disk', () => each(fullDiskChecks));
describe('disk trouble: files changed underneath an open workbench', () => each(underneathChecks));
describe('disk trouble: a full disk midway through a multi-file edit', () =>
  each(transactionDiskChecks));
