/**
 * The title a user gave the document `id` in the manifest's `titles`, if any: an own entry,
 * never what an object inherits (a document named `constructor` has no title of that name).
 * @example givenTitle({ d1: 'Budget' }, 'constructor') === undefined
 */
export function givenTitle(
  titles: Readonly<Record<string, string>> | undefined,
  id: string,
): string | undefined {
  return titles && Object.hasOwn(titles, id) ? titles[id] : undefined;
}
