import { WorkbenchError } from '../../shared/contract';

/** A sync that cannot go on, with what to do, as the contract reports it. */
export function syncError(
  code: 'unreachable' | 'rejected' | 'invalid' | 'conflict',
  message: string,
): WorkbenchError {
  const contractCode =
    code === 'unreachable' || code === 'rejected'
      ? 'io'
      : code === 'invalid'
        ? 'invalid_request'
        : 'conflict';
  return new WorkbenchError(contractCode, message, { sync: code });
}
