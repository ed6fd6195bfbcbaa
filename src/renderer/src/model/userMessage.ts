import { WorkbenchError } from '../../../shared/contract';

/** What a person reads for a failure: the workbench's own sentence, or the error's message. */
export function userMessage(error: unknown): string {
  if (error instanceof WorkbenchError && error.code === 'conflict')
    return `Someone else changed this; reload or merge. (${error.message})`;
  if (error instanceof WorkbenchError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
