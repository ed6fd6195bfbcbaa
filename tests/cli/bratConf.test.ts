import { z } from 'zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bratLoad } from '../../scripts/interop/bratLoad';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const NEWS = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'news');
const BRAT_LOAD = join(SHARED_DIR, 'tools', 'brat', 'brat_load.py');
const absent = !existsSync(NEWS) || !existsSync(BRAT_LOAD);
if (absent) console.warn(`skipped: brat's news collection or parser is absent (${SHARED_DIR})`);

/** The `[events]` lines of an annotation.conf, by event type (`!` hierarchy and macro lines left out). */
function eventTypes(conf: string): string[] {
  const section = conf.split(/^\[events\]$/m)[1]?.split(/^\[/m)[0] ?? '';
  return section
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^[#!<]/.test(line))
    .map((line) => line.split(/\s/)[0] ?? '')
    .sort();
}

describe.skipIf(absent)(
  'loupe import and export of brat’s annotation.conf',
  { timeout: 120_000 },
  () => {
    it('declares again every event type of brat’s news collection, keeps its label colours and its visual.conf, and brat reads the export', async () => {
      const home = tempDir();
      const dir = join(tempDir(), 'project');
      expect(runCli(['init', dir], home).code).toBe(0);
      const imported = runCli(
        ['import', dir, NEWS, '--format', 'brat', '--annotator', 'amy'],
        home,
      );
      expect(imported.code, imported.stderr).toBe(0);
      const out = join(tempDir(), 'brat');
      const exported = runCli(
        ['export', dir, '--format', 'brat', '--annotator', 'amy', '--out', out],
        home,
      );
      expect(exported.code, exported.stderr).toBe(0);
      const declared = eventTypes(readFileSync(join(NEWS, 'annotation.conf'), 'utf8'));
      expect(declared).toHaveLength(10);
      expect(eventTypes(readFileSync(join(out, 'annotation.conf'), 'utf8'))).toEqual(declared);
      // Labels the project gains take visual.conf's colours (known answers from its [drawing]);
      // GPE, which a new project's schema already has, keeps the project's own.
      const styles = z
        .object({ styles: z.record(z.string(), z.object({ color: z.string() })) })
        .parse(JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8'))).styles;
      expect(
        ['Person', 'Organization', 'Money', 'GPE'].map((l) => styles[l]?.color.toLowerCase()),
      ).toEqual(['#ff821c', '#a7c2ff', '#007000', '#008060']);
      // The collection's own visual.conf goes back as it came.
      expect(readFileSync(join(out, 'visual.conf'))).toEqual(
        readFileSync(join(NEWS, 'visual.conf')),
      );
      const loaded = await bratLoad(BRAT_LOAD, out);
      expect(loaded.problems).toEqual([]);
      expect(loaded.issues).toBe(0);
    });
  },
);
