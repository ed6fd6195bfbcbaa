import { z } from 'zod';
import { ownRecord } from '../../model';

const id = z.union([z.string().min(1), z.number()]);

/** One item of an annotation's `result`; which fields matter depends on `type`. */
export const resultSchema = z.looseObject({
  id: id.optional(),
  type: z.string().min(1),
  from_name: z.string().optional(),
  to_name: z.string().optional(),
  value: z
    .looseObject({
      start: z.unknown().optional(),
      end: z.unknown().optional(),
      text: z.union([z.string(), z.array(z.string())]).optional(),
      labels: z.array(z.string().min(1)).optional(),
      choices: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  from_id: id.optional(),
  to_id: id.optional(),
  direction: z.enum(['right', 'left', 'bi']).optional(),
  labels: z.array(z.string().min(1)).optional(),
});
export type LabelStudioResult = z.infer<typeof resultSchema>;

/** An annotation (or prediction): one annotator's result list. */
export const annotationSchema = z.looseObject({
  result: z.array(resultSchema),
  completed_by: z.unknown().optional(),
  was_cancelled: z.boolean().optional(),
  model_version: z.string().optional(),
});
export type LabelStudioAnnotation = z.infer<typeof annotationSchema>;

/** A Label Studio task: its data (the text), its annotations (0.x: completions) and predictions. */
export const taskSchema = z.looseObject({
  id: id.optional(),
  data: ownRecord(z.unknown(), {
    error: (issue) =>
      issue.input === undefined
        ? 'a Label Studio task holds its text in data (data.text); this one has no data, so there is no text to import (export the tasks from Label Studio again, with their data)'
        : undefined,
  }),
  annotations: z.array(annotationSchema).optional(),
  /** Label Studio 0.x's name for annotations. */
  completions: z.array(annotationSchema).optional(),
  /** Label Studio's JSON export names a prediction by its id alone (`[1115]`) where it leaves it out. */
  predictions: z.array(z.union([annotationSchema, id])).optional(),
});
export type LabelStudioTask = z.infer<typeof taskSchema>;

/**
 * The task's predictions the file holds whole (not those it names by id alone).
 * @example givenPredictions({ data: {}, predictions: [1115] }) → []
 */
export function givenPredictions(task: LabelStudioTask): LabelStudioAnnotation[] {
  return (task.predictions ?? []).filter((p) => typeof p === 'object');
}
