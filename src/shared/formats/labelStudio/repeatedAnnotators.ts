/**
 * Who each of a task's annotations and predictions is read as made by, for its layer: a
 * prediction's model, an annotation's `completed_by`. Label Studio keeps every annotation a
 * person submits of a task, so one person can have two (LEOKA's team 11 export has them): the
 * second is read as made by the name with `-2` after its local part (`jo@x.edu`, `jo-2@x.edu`,
 * whose layer is `jo-2`), the third `-3`, and so on, so that each annotation keeps a layer of its
 * own and goes back to its task as it was, never merged into another. Annotations that name no
 * one keep sharing one layer (said when read).
 * @example readAs([{ who: 'jo@x.edu', machine: false }, { who: 'jo@x.edu', machine: false }]) → ['jo@x.edu', 'jo-2@x.edu']
 */
export function readAs(
  sources: readonly { who: string | undefined; machine: boolean }[],
): (string | undefined)[] {
  const named = new Set(sources.flatMap(({ who }) => (who === undefined ? [] : [who])));
  const seen = new Map<string, number>();
  return sources.map(({ who, machine }) => {
    if (machine || who === undefined) return who;
    const count = (seen.get(who) ?? 0) + 1;
    seen.set(who, count);
    if (count === 1) return who;
    for (let n = count; ; n++) {
      const candidate = numbered(who, n);
      if (!named.has(candidate)) {
        named.add(candidate);
        return candidate;
      }
    }
  });
}

/** `jo@x.edu` as `jo-2@x.edu`; a name that is no e-mail address (a user id) as `7-2`. */
function numbered(who: string, n: number): string {
  const at = who.indexOf('@');
  return at > 0 ? `${who.slice(0, at)}-${n}${who.slice(at)}` : `${who}-${n}`;
}
