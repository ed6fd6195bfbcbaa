import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ObservedSpan } from './compareSpans';
import { exportProject } from './exportProject';
import { ANNOTATOR } from './interopContext';
import type { InteropContext } from './interopContext';

/** A document as a fresh Loupe project holds it after importing an export. */
export interface ReimportedDocument {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly ObservedSpan[];
}

/** The documents read back, or the step that failed. */
export type Reimport =
  | { readonly ok: true; readonly documents: readonly ReimportedDocument[] }
  | { readonly ok: false; readonly reason: string };

interface LoupeFile {
  documents: {
    name: string;
    text: string;
    spans: { label: string; fragments: { start: number; end: number }[] }[];
  }[];
}

/**
 * Imports an exported file into a fresh project (`loupe init`, `loupe import --format F`
 * with any further `options`, e.g. `--scheme iob1`)
 * and reads what it holds through Loupe's lossless native export; each fragment of a span
 * counts as a span.
 * @example await reimport(ctx, 'conll', '/tmp/x/exports/conll-iob1/conll.txt', ['--scheme', 'iob1'])
 */
export async function reimport(
  ctx: InteropContext,
  format: string,
  file: string,
  options: readonly string[] = [],
): Promise<Reimport> {
  const name = `reimport-${[format, ...options].join('-').replace(/\W+/g, '-')}`;
  const project = join(ctx.work, name);
  const steps = [
    ['init', project, '--name', name],
    ['import', project, file, '--format', format, '--annotator', ANNOTATOR, ...options],
  ];
  for (const args of steps) {
    const run = await ctx.loupe.run(args);
    if (run.code !== 0)
      return {
        ok: false,
        reason: `loupe ${args[0]}${args[0] === 'import' ? ` --format ${format}` : ''} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`,
      };
  }
  const exported = await exportProject(ctx, 'loupe', name, [], project);
  const native = exported.ok ? exported.files.find((f) => f.endsWith('.json')) : undefined;
  if (!exported.ok || !native)
    return { ok: false, reason: exported.ok ? 'no loupe.json' : exported.reason };
  const parsed = JSON.parse(await readFile(native, 'utf8')) as LoupeFile;
  return {
    ok: true,
    documents: parsed.documents.map((doc) => ({
      name: doc.name,
      text: doc.text,
      spans: doc.spans.flatMap((s) =>
        s.fragments.map((f) => ({ label: s.label, start: f.start, end: f.end })),
      ),
    })),
  };
}
