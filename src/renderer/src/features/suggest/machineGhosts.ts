import { codePoints } from '../../../../shared/spans';
import { suggesterOf, suggestionKey, type ModelSuggestion } from '../../model';

/** The models' open suggestions as ghost spans: dashed, with label, confidence and model on hover. */
export function machineGhosts(list: readonly ModelSuggestion[], selected: string | null) {
  return list.map((s) => ({
    start: codePoints(s.start),
    end: codePoints(s.end),
    selected: suggestionKey(s) === selected,
    machine: true,
    title: `${s.label}${s.confidence === null ? '' : ` ${s.confidence.toFixed(2)}`} (suggested by ${suggesterOf(s)})`,
  }));
}
