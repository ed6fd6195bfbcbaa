import { fragmentOf } from '../../../../shared/spans';
import { spanText, suggesterOf, type ModelSuggestion, type Suggestion } from '../../model';

/**
 * What a screen reader hears when N (a known name) or ] (a model) puts the cursor on a
 * suggestion, as the toolbar shows it, and where the ghost is among `ghosts` in text order (two
 * of the same words are told apart); null when the cursor is on none.
 * @example suggestionSaid(text, undefined, ghost, ghosts) // 'Suggested by the model: GPE “Baghdad”, confidence 0.93, suggestion 1 of 20'
 */
export function suggestionSaid(
  text: string,
  known: Suggestion | undefined,
  ghost: ModelSuggestion | undefined,
  ghosts: readonly ModelSuggestion[] = [],
): string | null {
  if (known)
    return `Known name “${known.text}”: ${known.entity.name}, ${known.entity.type}, not yet annotated`;
  if (!ghost) return null;
  const covered = spanText(text, { fragments: [fragmentOf(ghost.start, ghost.end)] });
  const confidence = ghost.confidence === null ? '' : `, confidence ${ghost.confidence.toFixed(2)}`;
  const ordered = [...ghosts].sort((a, b) => a.start - b.start || a.end - b.end);
  const at = ordered.indexOf(ghost);
  const place = at < 0 ? '' : `, suggestion ${at + 1} of ${ordered.length}`;
  return `Suggested by ${suggesterOf(ghost)}: ${ghost.label} “${covered}”${confidence}${place}`;
}
