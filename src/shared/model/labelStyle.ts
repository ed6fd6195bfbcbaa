import { z } from 'zod';
import { keptObject } from './keptObject';
import { ownRecord } from './ownRecord';

/** How a label looks and which key applies it. @example { color: '#e4572e', key: '1' } */
export const labelStyleSchema = keptObject({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb'),
  key: z
    .string()
    .regex(/^[0-9a-z]$/, 'a key is one digit or lower-case letter')
    .optional(),
});
export type LabelStyle = z.infer<typeof labelStyleSchema>;

/** Label name → style. */
export const labelStylesSchema = ownRecord(labelStyleSchema);
export type LabelStyles = z.infer<typeof labelStylesSchema>;
