import { z } from 'zod';
import { setOwn } from '../collections';

/**
 * A record keyed by names people choose (labels, attributes, document labels): like
 * `z.record(z.string(), value)`, but a key named `__proto__` is kept as an ordinary own key
 * instead of being dropped (zod strips it, since assigning it would replace the prototype),
 * so nothing a user names is silently lost. `notRecord` is the message when the input is no
 * such object (zod's custom-check message: a string, or `{ error }`).
 * @example ownRecord(z.number()).parse(JSON.parse('{"__proto__": 1}')) → own key __proto__: 1
 */
export function ownRecord<V extends z.ZodType>(
  value: V,
  notRecord: Parameters<typeof z.custom>[1] = 'expected an object of name → value',
) {
  return z
    .custom<Record<string, unknown>>(
      (input) =>
        typeof input === 'object' &&
        input !== null &&
        !Array.isArray(input) &&
        [Object.prototype, null].includes(Object.getPrototypeOf(input)),
      notRecord,
    )
    .transform((record) => Object.entries(record).map(([key, item]) => ({ key, item })))
    .pipe(entriesOf(value))
    .transform((entries) => {
      const out: Record<string, z.output<V>> = {};
      for (const { key, item } of entries) setOwn(out, key, item);
      return out;
    });
}

/** Entries validated one by one (an issue's path names the entry's index and `item`). */
function entriesOf<V extends z.ZodType>(
  value: V,
): z.ZodType<{ key: string; item: z.output<V> }[], { key: string; item: unknown }[]> {
  // The cast only widens the input type: an optional value schema makes zod type `item` optional.
  return z.array(z.object({ key: z.string(), item: value })) as unknown as z.ZodType<
    { key: string; item: z.output<V> }[],
    { key: string; item: unknown }[]
  >;
}
