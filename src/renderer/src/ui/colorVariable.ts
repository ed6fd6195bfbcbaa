import type { CSSProperties } from 'react';

/** The inline style that sets `--lp-color` (chips, swatches), grey when no colour is given. */
export function colorVariable(color: string | undefined): CSSProperties {
  return { ['--lp-color' as string]: color ?? '#888888' };
}
