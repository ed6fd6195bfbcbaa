import type { Manifest } from '../../shared/model';
import { stableStringify, textHash } from '../store';

/**
 * The version of a project's label schema and styles: a hash of what they hold, so a client
 * that read one version and saves over another (a teammate saved meanwhile, a git pull) is told
 * instead of silently undoing their change.
 */
export function schemaVersion(manifest: Manifest): string {
  return textHash(
    new TextEncoder().encode(stableStringify({ schema: manifest.schema, styles: manifest.styles })),
  );
}
