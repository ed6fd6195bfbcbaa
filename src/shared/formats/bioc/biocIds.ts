import { attributeOf, type BiocElement } from './biocTree';

/** What an annotation's or relation's `id` must look like for Loupe to keep it as the span's (relation's) id. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Ids for a document's annotations (relations) as they are read: each element's own id when
 * it can be one and no element before took it, else `prefix` and its place (1-based), or the
 * next number up while that is taken or another element's own id. Two elements of one id, or
 * `<relation id="r2">` and a relation without an id second, so read as two ids.
 * @example const next = elementIds(['r2', undefined], 'r'); next('r2', 0) === 'r2'; next(undefined, 1) === 'r3'
 */
export function elementIds(
  elements: readonly BiocElement[],
  prefix: string,
): (own: string | undefined, n: number) => string {
  const owned = new Set(
    elements.map((e) => attributeOf(e, 'id')).filter((id) => id !== undefined && ID.test(id)),
  );
  const taken = new Set<string>();
  return (own, n) => {
    const id =
      own !== undefined && ID.test(own) && !taken.has(own)
        ? own
        : freshId(`${prefix}${n + 1}`, prefix, n + 1, (i) => taken.has(i) || owned.has(i));
    taken.add(id);
    return id;
  };
}

/**
 * `wanted` when it is not taken, else `prefix` and the first number from `from` that is not.
 * @example freshId('R1', 'r', 1, (id) => id === 'R1') === 'r1'
 */
export function freshId(
  wanted: string,
  prefix: string,
  from: number,
  isTaken: (id: string) => boolean,
): string {
  if (!isTaken(wanted)) return wanted;
  let n = from;
  while (isTaken(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
