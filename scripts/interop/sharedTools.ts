import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKOUT } from './checkout';
import { runProcess } from './runProcess';

/** A reader found on this machine (and the program to run it with), or why it is absent. */
export type Tool =
  | { readonly ok: true; readonly path: string; readonly program: string }
  | { readonly ok: false; readonly reason: string };

/** The real readers and the real brat collection, from `../shared` beside the checkout. */
export interface SharedTools {
  readonly conlleval: Tool;
  readonly bratLoad: Tool;
  readonly bratCompare: Tool;
  readonly newsCollection: Tool;
}

/** `../shared`, as the tests and CI place it beside the checkout; never copied in. */
export const SHARED_DIR = join(CHECKOUT, '..', 'shared');

/**
 * Finds `conlleval.pl` (with perl), brat's drivers (with python3) and the real brat news
 * collection; whatever is missing is named, so its checks are skipped, not passed.
 * @example (await locateSharedTools()).conlleval → { ok: true, path: '…/shared/tools/conlleval.pl', program: 'perl' }
 */
export async function locateSharedTools(): Promise<SharedTools> {
  const perl = await works('perl', ['-e', 'print 1']);
  const python = await works('python3', ['-c', 'print(1)']);
  return {
    conlleval: tool(join(SHARED_DIR, 'tools', 'conlleval.pl'), 'perl', perl),
    bratLoad: tool(join(SHARED_DIR, 'tools', 'brat', 'brat_load.py'), 'python3', python),
    bratCompare: tool(join(SHARED_DIR, 'tools', 'brat', 'brat_compare.py'), 'python3', python),
    newsCollection: tool(join(SHARED_DIR, 'fixtures', 'real', 'brat', 'news'), '', true),
  };
}

function tool(path: string, program: string, programWorks: boolean): Tool {
  if (!existsSync(path)) return { ok: false, reason: `${path} is absent` };
  if (!programWorks) return { ok: false, reason: `${program} is not installed` };
  return { ok: true, path, program };
}

async function works(program: string, args: string[]): Promise<boolean> {
  return (await runProcess(program, args, { timeoutMs: 30_000 })).code === 0;
}
