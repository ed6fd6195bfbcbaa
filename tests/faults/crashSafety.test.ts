import { describe, expect, it } from 'vitest';
import { runCrashSuite } from './support/crashSuite';
import { faultSizes } from './support/faultSizes';
import { reportCounts } from './support/faultReport';

const sizes = faultSizes();

describe('crash safety: an editor process killed with SIGKILL at random moments', () => {
  it(
    `keeps every acknowledged edit and a valid project over ${sizes.kills} kills`,
    { timeout: 120_000 + sizes.kills * 1_000 },
    async () => {
      const report = await runCrashSuite({ kills: sizes.kills, seed: sizes.seed });
      reportCounts({
        suite: 'crash',
        kills: report.kills,
        editsChecked: report.editsAcknowledged,
        failures: report.failures.length,
      });
      console.info(
        `crash safety (seed ${sizes.seed}, ${report.editor}): ${report.kills} kills, ${report.editsAcknowledged} acknowledged edits checked, in flight ${report.inFlightApplied} applied / ${report.inFlightNotApplied} not, ${report.killedWhileOpening} killed while opening, ${report.ms} ms`,
      );
      expect(report.failures.join('\n')).toBe('');
      expect(report.kills).toBe(sizes.kills);
      expect(report.editsAcknowledged).toBeGreaterThan(sizes.kills);
      expect(report.inFlightApplied + report.inFlightNotApplied).toBeGreaterThan(0);
    },
  );

  it(
    'keeps its word when the parent reads its output late (no edit runs ahead of its lines)',
    { timeout: 120_000 },
    async () => {
      const report = await runCrashSuite({
        kills: 10,
        seed: sizes.seed,
        slowReader: true,
        maxDelayMs: 1_000,
      });
      expect(report.failures.join('\n')).toBe('');
      expect(report.editsAcknowledged).toBeGreaterThan(20);
    },
  );

  it(
    'notices lost edits when writes are acknowledged but never land (the checker checks)',
    { timeout: 60_000 },
    async () => {
      const report = await runCrashSuite({ kills: 20, seed: sizes.seed, sabotage: true });
      expect(report.failures).toHaveLength(1);
      expect(report.failures[0]).toMatch(/acknowledged spans missing|status|spans differ/);
    },
  );
});
