import { WorkbenchError } from '../../shared/contract';
import { StoreError } from '../store';
import { errorCode, errorMessage, systemFailure } from '../../shared/errors';

/** Maps any failure to the contract's error: store problems keep their file and reason. */
export function toWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  if (error instanceof StoreError) {
    // The file it names travels as data too, so a window can say which file and what to do.
    const details = {
      file: error.file,
      reason: error.reason,
      ...(error.line ? { line: error.line } : {}),
    };
    if (error.code === 'io') return new WorkbenchError('io', error.message, details);
    if (error.code === 'readonly') return new WorkbenchError('read_only', error.message, details);
    if (error.code === 'not_found') return new WorkbenchError('not_found', error.message, details);
    return new WorkbenchError('damaged_file', error.message, details);
  }
  const code = errorCode(error);
  // A system's refusal in Loupe's words: the path, why, and what to do (never Node's raw line).
  const words = systemFailure(error);
  const details = code ? { reason: code } : undefined;
  if (words && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS'))
    return new WorkbenchError('read_only', `cannot write ${words}`, details);
  if (words) return new WorkbenchError('io', words, details);
  if (code) return new WorkbenchError('io', errorMessage(error));
  return new WorkbenchError('internal', error instanceof Error ? error.message : String(error));
}
