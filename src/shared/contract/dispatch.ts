import type { MethodName, WorkbenchApi } from './api';
import { isMethodName, validateRequest } from './validateRequest';
import { WorkbenchError } from './workbenchError';

/** Validates and routes one transport call to the API; what every transport calls. */
export async function dispatch(
  api: WorkbenchApi,
  method: string,
  payload: unknown,
): Promise<unknown> {
  if (!isMethodName(method))
    throw new WorkbenchError('invalid_request', `unknown method ${JSON.stringify(method)}`);
  const request = validateRequest(method, payload);
  const call = api[method] as (request: unknown) => Promise<unknown>;
  return call(request);
}

export type { MethodName };
