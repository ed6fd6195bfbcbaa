import type { FormatDocument, Tally } from '../common';

/** Why a relation was not written to a doccano record (the only reasons one is left out). */
export const RELATIONS_LEFT_OUT = {
  unwritten: 'relation referring to a span that was not written',
  otherUser: 'relation of another user of a record of several users',
} as const;

/**
 * How many of the documents' relations a doccano export wrote: every one but those counted in
 * `tally` as left out (a record written back as it was holds them all; one written anew, or a
 * record of several users, counts each it leaves out).
 * @example relationsWritten([docOf3Relations], tallyWithOneUnwritten) === 2
 */
export function relationsWritten(documents: readonly FormatDocument[], tally: Tally): number {
  const given = documents.reduce((sum, doc) => sum + doc.relations.length, 0);
  return (
    given - tally.count(RELATIONS_LEFT_OUT.unwritten) - tally.count(RELATIONS_LEFT_OUT.otherUser)
  );
}
