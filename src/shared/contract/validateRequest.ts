import { workbenchMethods, type MethodName, type RequestOf } from './api';
import { WorkbenchError } from './workbenchError';

/** True when `name` is a method of the contract (own property, not inherited). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(workbenchMethods, name);
}

/** Checks a transport's payload against the method's request schema; throws a WorkbenchError naming the field. */
export function validateRequest<M extends MethodName>(method: M, payload: unknown): RequestOf<M> {
  const parsed = workbenchMethods[method].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new WorkbenchError(
      'invalid_request',
      `${method}: ${where}${issue?.message ?? 'invalid request'}`,
    );
  }
  return parsed.data as RequestOf<M>;
}
