import {
  createClient,
  failure,
  publicContract,
  WorkbenchError,
  type Envelope,
  type Invoke,
  type PublicApi,
  type PublicMethodName,
  type RequestOf,
  type ResultOf,
} from '../../../src/shared/contract';

/** How the fake answers one method: a result, or a thrown WorkbenchError. */
export type Answer<M extends PublicMethodName> = (
  request: RequestOf<M>,
) => ResultOf<M> | Promise<ResultOf<M>>;

export type Answers = { [M in PublicMethodName]?: Answer<M> };

/** One call the client made. */
export interface Call {
  readonly method: string;
  readonly payload: unknown;
}

/** A workbench client over a fake transport: answers from `answers`, every call recorded. */
export interface FakeWorkbench {
  readonly client: PublicApi;
  readonly calls: Call[];
  /** Replaces (or adds) how a method answers. */
  answer<M extends PublicMethodName>(method: M, answer: Answer<M>): void;
  /** The methods called, in order. */
  methods(): string[];
}

/**
 * A fake workbench: `createClient(publicContract, fakeInvoke)` over the given answers; `wrap`
 * wraps the fake transport as the window wraps its own (`trackSaves`).
 */
export function fakeWorkbench(
  answers: Answers = {},
  wrap: (invoke: Invoke) => Invoke = (invoke) => invoke,
): FakeWorkbench {
  const table = new Map<string, (request: never) => unknown>(Object.entries(answers));
  const calls: Call[] = [];
  async function fakeInvoke(method: string, payload: unknown): Promise<Envelope> {
    calls.push({ method, payload });
    const answer = table.get(method);
    if (!answer) return failure('internal', `the fake has no answer for ${method}`);
    try {
      return { ok: true, result: await answer(payload as never) };
    } catch (error) {
      if (error instanceof WorkbenchError) return failure(error.code, error.message);
      throw error;
    }
  }
  return {
    client: createClient(publicContract, wrap(fakeInvoke)),
    calls,
    answer: (method, answer) => void table.set(method, answer),
    methods: () => calls.map((c) => c.method),
  };
}
