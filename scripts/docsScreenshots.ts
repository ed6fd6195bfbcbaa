import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run docs:screenshots`: runs the browser tests (which write every screenshot to the
 * ignored test-results/screenshots/) and copies the documented ones into docs/. The tests
 * themselves never touch docs/, so `npm test` leaves the checkout unmodified. Then
 * scripts/docsScreens.ts shoots the annotation screens at 1024 and 1440 px, light and dark.
 */
const root = join(import.meta.dirname, '..');
const shots = join(root, 'test-results', 'screenshots');

/** docs/<name> ← test-results/screenshots/<source>. */
const DOCUMENTED: Record<string, string> = {
  'agreement.png': 'agreement.png',
  'entities.png': 'entities.png',
  'export-dialog.png': 'export-dialog.png',
  'export-labels.png': 'export-labels.png',
  'import-dialog.png': 'import-dialog.png',
  'import-progress.png': 'import-progress.png',
  'overlap-rtl.png': 'rtl-overlap.png',
  'review-decided.png': 'review-decided.png',
  'review.png': 'review.png',
  'screenshot.png': 'annotate-person.png',
  'shell-dark.png': 'shell-dark.png',
  'shell-menu.png': 'shell-menu.png',
  'shell-read-only.png': 'shell-read-only.png',
  'stance-map.png': 'stance-map.png',
  'suggest.png': 'suggest-ghosts.png',
  'suggest-precision.png': 'suggest-precision.png',
  'sync-dialog.png': 'sync-dialog.png',
  'agreement-team.png': 'agreement-team.png',
  'adjudicate-panel.png': 'panel-decided.png',
  'sync-credentials.png': 'sync-credentials.png',
  'relation-arcs.png': 'relation-arcs-events.png',
  'adjudicate-stances.png': 'panel-stances.png',
  'source-facts.png': 'source-facts-span.png',
  'export-overlaps.png': 'export-overlaps.png',
};

function main(): number {
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) return run.status ?? 1;
  let missing = 0;
  for (const [doc, source] of Object.entries(DOCUMENTED)) {
    const from = join(shots, source);
    if (!existsSync(from)) {
      process.stderr.write(`no screenshot ${source} for docs/${doc}\n`);
      missing++;
      continue;
    }
    copyFileSync(from, join(root, 'docs', doc));
    process.stderr.write(`docs/${doc} ← ${source}\n`);
  }
  if (missing > 0) return 1;
  const renderer = spawnSync('npm', ['run', '-s', 'build:renderer'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (renderer.status !== 0) return renderer.status ?? 1;
  const screens = spawnSync('npx', ['tsx', join('scripts', 'docsScreens.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  return screens.status ?? 1;
}

process.exitCode = main();
