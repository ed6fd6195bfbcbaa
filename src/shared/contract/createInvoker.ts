import type { CallContext } from './callContext';
import { errorsOf, type MethodSpec } from './defineMethod';
import { failure, type Envelope } from './envelope';
import { plainDataProblem } from './plainDataProblem';
import { isMethodOf, type ContractTable, type HandlersOf } from './workbenchContract';
import { WorkbenchError } from './workbenchError';

/** One call on any transport: a method name and a payload in, an envelope out; never throws. */
export type Invoke = (method: string, payload: unknown, context?: CallContext) => Promise<Envelope>;

/** Runs a validated call the way its kind asks (locks, one edit at a time); the identity by default. */
export type CallPolicy = <T>(method: string, spec: MethodSpec, run: () => Promise<T>) => Promise<T>;

export interface InvokerOptions {
  /** Maps anything a handler throws to a WorkbenchError (file-system errors, store errors). */
  readonly toError?: (error: unknown) => WorkbenchError;
  readonly policy?: CallPolicy;
  /**
   * Also checks each result against its schema and each error code against the method's
   * declared ones, answering `internal` when either is wrong (tests run this way).
   */
  readonly strict?: boolean;
}

/**
 * Serves a contract table: validates the method name and the request, runs the handler under
 * the policy, and answers an envelope. A result must be plain data (no Map, class instance
 * or getter: transports would copy it differently) or the call answers `internal`.
 * @example await createInvoker(table, handlers)('getProject', {}) => { ok: true, result: … }
 */
export function createInvoker<T extends ContractTable>(
  table: T,
  handlers: HandlersOf<T>,
  options: InvokerOptions = {},
): Invoke {
  const toError = options.toError ?? defaultToError;
  const policy: CallPolicy = options.policy ?? ((_method, _spec, run) => run());
  return async (method, payload, context = {}) => {
    const unknownMethod = () =>
      failure('invalid_request', `unknown method ${JSON.stringify(method)}`);
    if (typeof method !== 'string' || !isMethodOf(table, method)) return unknownMethod();
    const spec: MethodSpec | undefined = table[method];
    if (spec === undefined) return unknownMethod();
    const parsed = spec.request.safeParse(payload ?? {});
    if (!parsed.success) return failure('invalid_request', requestProblem(method, parsed.error));
    const handler = handlers[method] as (
      request: unknown,
      context: CallContext,
    ) => Promise<unknown>;
    let result: unknown;
    try {
      result = await policy(method, spec, () => handler(parsed.data, context));
    } catch (thrown) {
      return answerError(method, spec, toError(thrown), options.strict ?? false);
    }
    return answerResult(method, spec, result, options.strict ?? false);
  };
}

/** An invoker that answers only the methods of `table` (a transport's audience) and passes the rest on. */
export function restrictTo(table: ContractTable, invoke: Invoke): Invoke {
  return (method, payload, context) =>
    typeof method === 'string' && isMethodOf(table, method)
      ? invoke(method, payload, context)
      : Promise.resolve(failure('invalid_request', `unknown method ${JSON.stringify(method)}`));
}

function answerResult(
  method: string,
  spec: MethodSpec,
  result: unknown,
  strict: boolean,
): Envelope {
  const problem = plainDataProblem(result);
  if (problem)
    return failure('internal', `${method} answered data no transport can carry: ${problem}`);
  if (strict) {
    const checked = spec.result.safeParse(result);
    if (!checked.success)
      return failure(
        'internal',
        `${method} answered a result its schema refuses: ${issueText(checked.error)}`,
      );
  }
  return { ok: true, result };
}

function answerError(
  method: string,
  spec: MethodSpec,
  error: WorkbenchError,
  strict: boolean,
): Envelope {
  if (strict && !errorsOf(spec).has(error.code))
    return failure(
      'internal',
      `${method} answered the undeclared error code ${error.code}: ${error.message}`,
    );
  const details = error.details && !plainDataProblem(error.details) ? error.details : undefined;
  return failure(error.code, error.message, details);
}

function defaultToError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  return new WorkbenchError('internal', error instanceof Error ? error.message : String(error));
}

interface IssueList {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

function issueText(error: IssueList): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue?.message ?? 'invalid'}`;
}

function requestProblem(method: string, error: IssueList): string {
  return `${method}: ${issueText(error)}`;
}
