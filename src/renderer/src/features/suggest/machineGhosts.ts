import { codePoints } from '../../../../shared/spans';
import type { ModelSuggestion } from '../../model';

/** The model's open suggestions as ghost spans: dashed, with label and confidence on hover. */
export function machineGhosts(list: readonly ModelSuggestion[], selected: string | null) {
  return list.map((s) => ({
    start: codePoints(s.start),
    end: codePoints(s.end),
    selected: s.id === selected,
    machine: true,
    title: `${s.label}${s.confidence === null ? '' : ` ${s.confidence.toFixed(2)}`} (suggested by the model)`,
  }));
}
