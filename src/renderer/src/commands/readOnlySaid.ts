import type { WhenContext } from './whenContext';

/** Why a command that writes cannot run: the project is open read-only (null when it is not). */
export function readOnlySaid({ model }: WhenContext): string | null {
  return model.project.snapshot.project?.readOnly ? 'The project is open read-only' : null;
}
