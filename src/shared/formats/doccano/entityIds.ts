/** An entity id as a doccano file has it. */
type FiledId = number | string;

/**
 * Hands out the ids of a record's entities (or relations): the id an entity came with (found
 * by its start, end and label, each once; a relation's by its from_id, to_id and type), else a number no other entity of the record has, from 1 when
 * the record came with none (as doccano numbers them) or after the largest it came with.
 * @example new EntityIds([[7, 0, 6, 'ORG']]).next(0, 6, 'ORG') === 7
 */
export class EntityIds {
  private readonly filed = new Map<string, FiledId[]>();
  private readonly taken = new Set<string>();
  private fresh: number;

  constructor(ids: readonly (readonly [FiledId, FiledId, FiledId, string])[]) {
    let largest = 0;
    for (const [id, start, end, label] of ids) {
      const key = `${start} ${end} ${label}`;
      this.filed.set(key, [...(this.filed.get(key) ?? []), id]);
      this.taken.add(String(id));
      if (typeof id === 'number' && id >= largest) largest = id + 1;
    }
    this.fresh = Math.max(largest, 1);
  }

  /** The id of the entity over [start, end) (code points) labelled `label` (or of the relation from `start` to `end` of type `label`). */
  next(start: FiledId, end: FiledId, label: string): FiledId {
    const own = this.filed.get(`${start} ${end} ${label}`)?.shift();
    if (own !== undefined) return own;
    while (this.taken.has(String(this.fresh))) this.fresh++;
    this.taken.add(String(this.fresh));
    return this.fresh++;
  }
}
