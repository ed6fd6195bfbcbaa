import { z } from 'zod';
import { isJsonData, type JsonData } from './isJsonData';

/**
 * JSON data kept as it came: like `z.json()`, but a key named `__proto__`, at any depth, stays an
 * ordinary own key (zod's copy drops it, since assigning it would replace the prototype), so a
 * field a file kept is never silently lost. The value is checked, not copied.
 * @example ownJson.parse(JSON.parse('{"__proto__": {"x": 1}}')) → own key __proto__: { x: 1 }
 */
export const ownJson = z.custom<JsonData>(
  (input) => isJsonData(input),
  'expected JSON data (null, true or false, a number, a string, or arrays and objects of those)',
);
