import { describe, it } from 'vitest';
import { concurrencyChecks } from './support/concurrencyChecks';

describe('concurrency: two workbenches on one project, and folders changing underneath', () => {
  for (const check of concurrencyChecks)
    (check.knownFailure ? it.fails : it)(check.name, () => check.run());
});
