import type { LayerStep, Transaction } from './transaction';

/** The names of the document labels a layer step changes. */
function labelsChanged(step: LayerStep): string[] {
  const [before, after] = step.documentLabels;
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => before?.[name] !== after?.[name]);
}

/** The one layer step of `step` when all it changes is document label `name` of that layer. */
function labelOnly(step: Transaction, name: string): LayerStep | null {
  const [layer] = step.layers;
  if (!layer || step.layers.length !== 1 || step.entities.size > 0 || step.manifest) return null;
  const only =
    layer.spans.size === 0 &&
    layer.stances.size === 0 &&
    layer.relations.size === 0 &&
    layer.dismissedNames[0] === layer.dismissedNames[1] &&
    layer.rejected[0] === layer.rejected[1] &&
    layer.status[0] === layer.status[1];
  return only && labelsChanged(layer).every((changed) => changed === name) ? layer : null;
}

/**
 * One step made of `previous` and `next` when both only choose document label `name` of the
 * same layer (a run of choices on one list, undone at once); null when they cannot be one.
 */
export function joinedLabelSteps(
  previous: Transaction,
  next: Transaction,
  name: string,
): Transaction | null {
  const first = labelOnly(previous, name);
  if (!first) return null;
  if (next.layers.length === 0 && next.entities.size === 0 && !next.manifest) return previous;
  const second = labelOnly(next, name);
  if (!second) return null;
  if (first.documentId !== second.documentId || first.annotator !== second.annotator) return null;
  const documentLabels: LayerStep['documentLabels'] = [
    first.documentLabels[0],
    second.documentLabels[1],
  ];
  return { ...next, layers: [{ ...second, documentLabels }] };
}
