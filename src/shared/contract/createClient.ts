import type { CallContext } from './callContext';
import type { Invoke } from './createInvoker';
import type { ClientOf, ContractTable } from './workbenchContract';
import { WorkbenchError } from './workbenchError';

/**
 * A typed client of a contract table over any transport: each method sends its request
 * through `invoke` and returns the result, or throws the error envelope as a WorkbenchError
 * (code, message and details intact) in the caller's own world.
 * @example await createClient(publicContract, invoke).listDocuments({})
 */
export function createClient<T extends ContractTable>(table: T, invoke: Invoke): ClientOf<T> {
  return clientOfMethods<T>(Object.keys(table), invoke);
}

/**
 * The same client from the table's method names alone, for a caller that must not load the
 * schemas (the window, whose first frame would wait on zod).
 * @example clientOfMethods<PublicContract>(Object.keys(PUBLIC_METHOD_KINDS), invoke)
 */
export function clientOfMethods<T extends ContractTable>(
  methods: readonly string[],
  invoke: Invoke,
): ClientOf<T> {
  const client: Record<string, (request?: unknown, context?: CallContext) => Promise<unknown>> =
    Object.create(null);
  for (const method of methods) {
    client[method] = async (request, context) => {
      const envelope = await invoke(method, request ?? {}, context);
      if (envelope.ok) return envelope.result;
      const { code, message, details } = envelope.error;
      throw new WorkbenchError(code, message, details);
    };
  }
  return Object.freeze(client) as ClientOf<T>;
}
