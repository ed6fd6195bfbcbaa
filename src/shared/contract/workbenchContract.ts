import type { z } from 'zod';
import type { CallContext } from './callContext';
import type { COMMON_ERRORS, WRITE_ERRORS, MethodSpec } from './defineMethod';
import { annotationMethods } from './methods/annotationMethods';
import { entityMethods } from './methods/entityMethods';
import { interchangeMethods } from './methods/interchangeMethods';
import { projectMethods } from './methods/projectMethods';
import { reviewMethods } from './methods/reviewMethods';
import { schemaMethods } from './methods/schemaMethods';
import { searchMethods } from './methods/searchMethods';
import { stanceMethods } from './methods/stanceMethods';
import { suggestMethods } from './methods/suggestMethods';
import { syncMethods } from './methods/syncMethods';

/**
 * The one contract between Loupe's front ends and a project: per method its request and
 * result schemas, the errors it may answer, what it does to the project and who may call
 * it. IPC handlers, the preload, HTTP routes, the renderer's client and the CLI's client
 * are all derived from this table; adding a method is one entry here and its handler.
 */
export const workbenchContract = {
  ...projectMethods,
  ...annotationMethods,
  ...stanceMethods,
  ...entityMethods,
  ...searchMethods,
  ...schemaMethods,
  ...reviewMethods,
  ...interchangeMethods,
  ...suggestMethods,
  ...syncMethods,
} as const;

/** A table of methods (the whole contract, or the part one audience may call). */
export type ContractTable = { readonly [name: string]: MethodSpec };

export type WorkbenchContract = typeof workbenchContract;
export type MethodName = keyof WorkbenchContract & string;

/**
 * What a caller sends to `M` and its handler receives: the request schema's output, so
 * branded fields (code point offsets) must be branded by the caller too.
 */
export type RequestOf<M extends MethodName> = z.output<WorkbenchContract[M]['request']>;
/** What may arrive for `M` over a wire before validation. */
export type RawRequestOf<M extends MethodName> = z.input<WorkbenchContract[M]['request']>;
/** What `M` answers. */
export type ResultOf<M extends MethodName> = z.output<WorkbenchContract[M]['result']>;
/** @deprecated the old name of {@link ResultOf}. */
export type ResponseOf<M extends MethodName> = ResultOf<M>;

/** The error codes a call of `M` may answer. */
export type ErrorCodeOf<M extends MethodName> =
  | WorkbenchContract[M]['errors'][number]
  | (typeof COMMON_ERRORS)[number]
  | (WorkbenchContract[M]['kind'] extends 'edit' | 'append'
      ? (typeof WRITE_ERRORS)[number]
      : never);

/** A client of a table: one async method per entry, typed by its schemas. */
export type ClientOf<T extends ContractTable> = {
  [M in keyof T]: (
    request: z.input<T[M]['request']>,
    context?: CallContext,
  ) => Promise<z.output<T[M]['result']>>;
};

/** What serves a table: one handler per entry, given the validated request. */
export type HandlersOf<T extends ContractTable> = {
  [M in keyof T]: (
    request: z.output<T[M]['request']>,
    context: CallContext,
  ) => Promise<z.output<T[M]['result']>>;
};

/** Methods every client may call (IPC, HTTP); the rest are for in-process callers only. */
export type PublicMethodName = {
  [M in MethodName]: WorkbenchContract[M]['expose'] extends 'everyone' ? M : never;
}[MethodName];

/** The whole contract as the CLI and the desktop main process call it, in process. */
export type WorkbenchApi = ClientOf<WorkbenchContract>;
/** The part of the contract the renderer (and any page holding the session token) may call. */
export type PublicContract = Pick<WorkbenchContract, PublicMethodName>;
export type PublicApi = ClientOf<PublicContract>;
export type WorkbenchHandlers = HandlersOf<WorkbenchContract>;

/** The part of the contract any client may call, as a table. */
export const publicContract: PublicContract = Object.fromEntries(
  Object.entries(workbenchContract).filter(([, spec]) => spec.expose === 'everyone'),
) as PublicContract;

/** True when `name` is a method of `table` (its own entry, never an inherited property). */
export function isMethodOf<T extends ContractTable>(
  table: T,
  name: string,
): name is keyof T & string {
  return Object.hasOwn(table, name);
}
