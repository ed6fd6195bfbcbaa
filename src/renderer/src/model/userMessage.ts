import { WorkbenchError, type ErrorCode } from '../../../shared/contract';

/** Ids and hashes that mean nothing to a reader: `s_3f2a9c…`, `000_90267a0c835213d2`. */
const INTERNAL_ID = /\b(?:[a-z]{1,4}_[0-9a-f]{6,}|\d{3}_[0-9a-f]{8,}|[0-9a-f]{16,})\b/i;

/**
 * What happened and what to do, per kind of failure; `{reason}` is the workbench's own sentence
 * when it names nothing internal. The one place error codes become words.
 */
const SENTENCES: Record<ErrorCode, { readonly plain: string; readonly withReason?: string }> = {
  invalid_request: {
    plain: 'Loupe could not accept this change. Check what you entered and try again.',
    withReason: '{Reason}. Nothing was changed.',
  },
  needs_confirmation: {
    plain: 'This needs your confirmation first: nothing was changed.',
    withReason: '{Reason}. Nothing was changed yet: confirm to go ahead.',
  },
  not_found: {
    plain:
      'That is no longer in the project (another window or a teammate may have removed it). Reopen the document to see it as it is now.',
    withReason:
      '{Reason}: another window or a teammate may have removed it. Reopen the document to see it as it is now.',
  },
  no_annotator: { plain: 'Tell Loupe who you are first: Edit → Change Annotator….' },
  damaged_file: {
    plain:
      'A file of the project could not be read, so nothing was changed. Run “loupe validate” on the project folder to find it.',
    withReason:
      'A file of the project could not be read ({reason}), so nothing was changed. Run “loupe validate” on the project folder to repair it.',
  },
  read_only: {
    plain:
      'This project is open read-only because another Loupe window has it. Close that window, then open the project here again.',
    withReason:
      'Nothing was saved. {Reason}: close the other window or program that has the project, then open it here again.',
  },
  conflict: {
    plain:
      'Someone else changed this; reload or merge. Your change was not saved: reload to see their change, then redo yours.',
    withReason:
      'Someone else changed this; reload or merge. {Reason}: your change was not saved, so reload to see their change, then redo yours.',
  },
  cancelled: { plain: 'Stopped: nothing was changed.', withReason: '{Reason}.' },
  io: {
    plain:
      'Loupe could not write to the disk, so nothing was saved. Free some space or check the folder’s permissions, then try again.',
    withReason:
      'Nothing was saved: {reason}. Free some space or check the folder’s permissions, then try again.',
  },
  internal: {
    plain:
      'Something went wrong inside Loupe and nothing was saved. Try again; if it happens again, restart Loupe.',
  },
};

/**
 * Failures of one file of the project, said with the file (a path the user must act on, so not
 * an internal id) and the store's reason, which says what to do.
 */
const FILE_SENTENCES: Partial<
  Record<ErrorCode, { readonly withReason: string; readonly plain: string }>
> = {
  read_only: {
    withReason: 'Nothing was saved: {file} in the project folder {reason}.',
    plain: 'Nothing was saved: Loupe may not write {file} in the project folder.',
  },
  damaged_file: {
    withReason: 'Loupe cannot use {file} in the project folder{line}: {reason}.',
    plain:
      'Loupe cannot use {file} in the project folder{line}. Run “loupe validate” on the project folder to see why.',
  },
};

/**
 * A sync the remote did not take: the work stays saved in the project (the disk's sentence,
 * "Nothing was saved … free some space", would be false and send the user the wrong way).
 */
const SYNC_SENTENCES: Readonly<Record<string, string>> = {
  unreachable: '{Reason}. Check the remote’s address or your connection, then sync again.',
  rejected: 'The remote refused the sync: {reason}. Check your access to it, then sync again.',
};

/** What a person reads for a sync the remote refused or could not be reached for, else null. */
function syncMessage(error: WorkbenchError): string | null {
  const kind = error.details?.sync;
  const sentence = typeof kind === 'string' ? SYNC_SENTENCES[kind] : undefined;
  const reason = error.message.trim().replace(/[.]$/, '');
  if (!sentence || !reason || INTERNAL_ID.test(reason)) return null;
  return sentence.replace('{Reason}', capitalize(reason)).replace('{reason}', reason);
}

/** The file a failure names, its line and the reason alone, when the workbench sent them. */
function fileOf(error: WorkbenchError): { file: string; line: string; reason: string } | null {
  const { file, line, reason } = error.details ?? {};
  if (typeof file !== 'string' || typeof reason !== 'string') return null;
  return { file, line: typeof line === 'number' ? `, line ${line}` : '', reason };
}

/** What a person reads for a failure of one file, or null when the sentence for its code does. */
function fileMessage(error: WorkbenchError): string | null {
  const sentence = FILE_SENTENCES[error.code];
  const named = fileOf(error);
  if (!sentence || !named) return null;
  const reason = named.reason.trim().replace(/[.]$/, '');
  const text = reason && !INTERNAL_ID.test(reason) ? sentence.withReason : sentence.plain;
  return text
    .replace('{file}', () => named.file)
    .replace('{line}', () => named.line)
    .replace('{reason}', () => reason);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a person reads for a failure: what happened and what to do, in their terms, never an
 * internal id or error code.
 * @example userMessage(new WorkbenchError('not_found', 'no span s_3f2a9c1d in 000_90267a0c835213d2'))
 *   // 'That is no longer in the project (…). Reopen the document to see it as it is now.'
 */
export function userMessage(error: unknown): string {
  if (!(error instanceof WorkbenchError))
    return error instanceof Error ? capitalize(error.message) : String(error);
  const aboutFile = fileMessage(error) ?? syncMessage(error);
  if (aboutFile) return aboutFile;
  const sentence = SENTENCES[error.code];
  const reason = error.message.trim().replace(/[.]$/, '');
  if (!sentence.withReason || !reason || INTERNAL_ID.test(reason)) return sentence.plain;
  return sentence.withReason.replace('{Reason}', capitalize(reason)).replace('{reason}', reason);
}
