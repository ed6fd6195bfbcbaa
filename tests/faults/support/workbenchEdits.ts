import type { Workbench } from '../../../src/node';
import { readDiskState } from './diskState';

/** Adds a PERSON span over [start, end) and returns its id. */
export async function addPerson(
  workbench: Workbench,
  documentId: string,
  start: number,
  end: number,
): Promise<string> {
  const result = await workbench.addSpan({
    documentId,
    label: 'PERSON',
    fragments: [{ start, end }],
  });
  const id = result.changes[0]?.upserted[0]?.id;
  if (!id) throw new Error('addSpan returned no span');
  return id;
}

/** The span ids a fresh reader finds in one annotator's layer of a document, sorted. */
export async function spanIdsOnDisk(
  dir: string,
  documentId: string,
  annotator = 'tester',
): Promise<string[]> {
  const state = await readDiskState(dir, annotator);
  return [...(state.layers.get(documentId)?.spans.keys() ?? [])].sort();
}

/** Throws unless a fresh reader finds a valid project. */
export async function assertProjectValid(dir: string, annotator = 'tester'): Promise<void> {
  const state = await readDiskState(dir, annotator);
  if (state.problems.length)
    throw new Error(`the project does not validate: ${state.problems.join('; ')}`);
}
