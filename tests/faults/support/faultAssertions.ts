import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkbenchError, type WorkbenchErrorCode } from '../../../src/shared/contract';
import { isTempFile } from './diskState';

/** Awaits a call that must fail with a WorkbenchError of `code` whose message matches `message`. */
export async function rejectsWith(
  call: Promise<unknown>,
  code: WorkbenchErrorCode,
  message?: RegExp,
): Promise<WorkbenchError> {
  const error = await call.then(
    () => assert.fail(`expected a WorkbenchError ${code}, but the call succeeded`),
    (e: unknown) => e,
  );
  assert.ok(
    error instanceof WorkbenchError,
    `expected a WorkbenchError ${code}, got ${String(error)}`,
  );
  assert.equal(error.code, code, `expected code ${code}, got ${error.code}: ${error.message}`);
  if (message) assert.match(error.message, message);
  return error;
}

/** Temporary files of atomic writes anywhere under `dir`. */
export async function tempFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isTempFile(e.name))
    .map((e) => join(e.parentPath, e.name));
}
