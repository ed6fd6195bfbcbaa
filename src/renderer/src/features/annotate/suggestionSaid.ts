import { fragmentOf } from '../../../../shared/spans';
import { spanText, suggesterOf, type ModelSuggestion, type Suggestion } from '../../model';

/**
 * What a screen reader hears when N (a known name) or ] (a model) puts the cursor on a
 * suggestion, as the toolbar shows it; null when the cursor is on none.
 * @example suggestionSaid(text, undefined, ghost) // 'Suggested by the model: GPE “Baghdad”, confidence 0.93'
 */
export function suggestionSaid(
  text: string,
  known: Suggestion | undefined,
  ghost: ModelSuggestion | undefined,
): string | null {
  if (known)
    return `Known name “${known.text}”: ${known.entity.name}, ${known.entity.type}, not yet annotated`;
  if (!ghost) return null;
  const covered = spanText(text, { fragments: [fragmentOf(ghost.start, ghost.end)] });
  const confidence = ghost.confidence === null ? '' : `, confidence ${ghost.confidence.toFixed(2)}`;
  return `Suggested by ${suggesterOf(ghost)}: ${ghost.label} “${covered}”${confidence}`;
}
