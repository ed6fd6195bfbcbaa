import { constants } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { closeJournals } from '../../../src/node/store/layerJournal';

/** One file system call the code under test is about to make. */
export interface FsCall {
  readonly op: string;
  readonly path: string;
  /** The second path of a rename, link or copy. */
  readonly to?: string;
  readonly flags?: string;
}

/** Sees every call first; throwing from it makes the call fail with that error. */
export type FsHook = (call: FsCall) => void;

const PROMISE_OPS = [
  'open',
  'writeFile',
  'appendFile',
  'mkdir',
  'rename',
  'unlink',
  'rm',
  'rmdir',
  'copyFile',
  'cp',
  'link',
  'symlink',
  'truncate',
  'readFile',
  'readdir',
  'stat',
  'lstat',
  'access',
] as const;
const SYNC_WRITE_OPS = [
  'writeFileSync',
  'appendFileSync',
  'mkdirSync',
  'renameSync',
  'unlinkSync',
  'rmSync',
  'copyFileSync',
  'cpSync',
  'openSync',
] as const;
const TWO_PATHS = new Set([
  'rename',
  'copyFile',
  'cp',
  'link',
  'symlink',
  'renameSync',
  'copyFileSync',
  'cpSync',
]);
const WRITE_OPS = new Set([
  'writeFile',
  'appendFile',
  'mkdir',
  'rename',
  'unlink',
  'rm',
  'rmdir',
  'copyFile',
  'cp',
  'link',
  'symlink',
  'truncate',
  'write',
  ...SYNC_WRITE_OPS,
]);

/** Whether a call changes the file system (an open counts when its flags allow writing). */
export function isWrite(call: FsCall): boolean {
  if (call.op === 'open' || call.op === 'openSync') return /[wax+]/.test(call.flags ?? 'r');
  return WRITE_OPS.has(call.op);
}

/** An errno-style error as Node raises it. @example errnoError('ENOSPC', 'write', '/p/a.json') */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated ${syscall} failure, ${syscall} '${path}'`), {
    code,
    syscall,
    path,
    errno: -1,
  });
}

const require = createRequire(import.meta.url);
type AnyFn = (...args: unknown[]) => unknown;

function describeCall(op: string, args: unknown[]): FsCall {
  const path = String(args[0]);
  if (TWO_PATHS.has(op)) return { op, path, to: String(args[1]) };
  if (op === 'open' || op === 'openSync') return { op, path, flags: flagsOf(args[1]) };
  return { op, path };
}

/** An open's flags as a string `isWrite` reads: numeric flags that allow writing read as 'w'. */
function flagsOf(flags: unknown): string {
  if (typeof flags === 'string') return flags;
  if (typeof flags !== 'number') return 'r';
  const writing =
    constants.O_WRONLY |
    constants.O_RDWR |
    constants.O_CREAT |
    constants.O_TRUNC |
    constants.O_APPEND;
  return flags & writing ? 'w' : 'r';
}

/** Wraps a file handle so its writes (where a full disk shows up) pass through the hook too. */
function trapHandle(handle: object, path: string, hook: FsHook): object {
  return new Proxy(handle, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      if (key !== 'write' && key !== 'writeFile' && key !== 'sync' && key !== 'datasync')
        return (value as AnyFn).bind(target);
      return (...args: unknown[]) => {
        hook({ op: key === 'writeFile' ? 'write' : key, path });
        return (value as AnyFn).apply(target, args);
      };
    },
  });
}

/**
 * Routes the process's `node:fs/promises` calls (and the synchronous writers of `node:fs`)
 * through `hook`, in place, so modules that imported them see the trap (syncBuiltinESMExports).
 * Returns the function that removes it.
 */
export function installFsTrap(hook: FsHook): () => void {
  const promises = require('node:fs/promises') as Record<string, AnyFn>;
  const sync = require('node:fs') as Record<string, AnyFn>;
  const originals: [Record<string, AnyFn>, string, AnyFn][] = [];
  for (const op of PROMISE_OPS) {
    const original = promises[op] as AnyFn;
    originals.push([promises, op, original]);
    promises[op] = async (...args: unknown[]) => {
      const call = describeCall(op, args);
      hook(call);
      const result = await original(...args);
      return op === 'open' ? trapHandle(result as object, call.path, hook) : result;
    };
  }
  for (const op of SYNC_WRITE_OPS) {
    const original = sync[op] as AnyFn;
    originals.push([sync, op, original]);
    sync[op] = (...args: unknown[]) => {
      hook(describeCall(op, args));
      return original(...args);
    };
  }
  syncBuiltinESMExports();
  // Journals stay open between appends: the next append opens its journal through the trap, and after it without.
  void closeJournals();
  return () => {
    for (const [target, op, original] of originals) target[op] = original;
    syncBuiltinESMExports();
    void closeJournals();
  };
}

/** Runs `body` with the trap installed, removing it afterwards whatever happens. */
export async function withFsTrap<T>(hook: FsHook, body: () => Promise<T>): Promise<T> {
  const remove = installFsTrap(hook);
  try {
    return await body();
  } finally {
    remove();
  }
}
