import { z } from 'zod';

/**
 * `z.object(shape)` that keeps the fields it does not know instead of stripping them (zod's
 * `looseObject`), so a file a newer Loupe, a script or a person added fields to keeps them
 * when Loupe writes it back. Typed (by the overload) as the plain `z.object(shape)`: the app's
 * types name the fields Loupe models, with no index signature; the kept fields ride along on the
 * values unseen, and spreads (`{ ...span, label }`) carry them. A field
 * named `__proto__` is left out by zod (it would replace the value's prototype), never set; the
 * store puts it back as an own field after parsing a file (keepProtoFields), so it is written back.
 * @example keptObject({ id: z.string() }).parse({ id: 'a', addedLater: 1 }) // { id: 'a', addedLater: 1 }
 */
export function keptObject<const Shape extends z.ZodRawShape>(
  shape: Shape,
): ReturnType<typeof z.object<Shape>>;
export function keptObject(shape: z.ZodRawShape): z.ZodObject {
  return z.looseObject(shape);
}
