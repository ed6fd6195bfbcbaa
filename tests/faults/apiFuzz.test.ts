import { describe, expect, it } from 'vitest';
import { apiFuzzSelfCheck, fuzzApi } from './support/apiFuzz';
import { faultSizes } from './support/faultSizes';
import { reportCounts } from './support/faultReport';

const sizes = faultSizes();

describe('bad input: every API method through dispatch, with random and boundary payloads', () => {
  it(
    `answers ${sizes.apiCalls} calls with a valid response or a typed error, writing nothing outside the project`,
    { timeout: 60_000 + sizes.apiCalls * 20 },
    async () => {
      const report = await fuzzApi(sizes.apiCalls, sizes.seed);
      reportCounts({ suite: 'api', apiCalls: report.calls, failures: report.failures.length });
      console.info(
        `API fuzz (seed ${sizes.seed}): ${report.calls} calls, outcomes ${JSON.stringify(report.outcomes)}`,
      );
      expect(report.failures).toEqual([]);
      expect(report.calls).toBe(sizes.apiCalls);
      expect(report.outcomes.ok ?? 0, 'no call got through validation').toBeGreaterThan(
        sizes.apiCalls / 20,
      );
      expect(report.outcomes.invalid_request ?? 0).toBeGreaterThan(sizes.apiCalls / 20);
      expect(
        report.outcomes.not_found ?? 0,
        'no call named an unknown id past validation',
      ).toBeGreaterThan(0);
    },
  );

  // Three fuzz runs, each with a planted fault and a project of its own: 21 s alone on a loaded
  // two-core machine (load average 11), over 30 s there beside the rest of the suite.
  it(
    'notices an internal error, an untyped throw and a write outside the project (the checker checks)',
    {
      timeout: 120_000,
    },
    async () => {
      const found = await apiFuzzSelfCheck();
      expect(found).toEqual([
        expect.stringMatching(/internal error/),
        expect.stringMatching(/threw TypeError/),
        expect.stringMatching(/wrote outside the project/),
      ]);
    },
  );
});
