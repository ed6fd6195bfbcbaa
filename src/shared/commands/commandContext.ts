/**
 * Where a command's keys apply. Contexts nest: `global` holds everything; a key bound in a
 * context also reaches its children, so two contexts on one path may not share a key.
 * @example contextsOverlap('annotate', 'annotate.span') === true
 */
export const COMMAND_CONTEXTS = {
  global: null,
  annotate: 'global',
  'annotate.span': 'annotate',
  'annotate.relate': 'annotate',
  'annotate.suggestion': 'annotate',
  'annotate.modelSuggestion': 'annotate',
  review: 'global',
  panel: 'global',
  agreement: 'global',
} as const;

export type CommandContext = keyof typeof COMMAND_CONTEXTS;

/** The context and every context around it, innermost first. */
export function contextPath(context: CommandContext): CommandContext[] {
  const path: CommandContext[] = [];
  for (let at: CommandContext | null = context; at; at = COMMAND_CONTEXTS[at]) path.push(at);
  return path;
}

/** True when a key bound in `a` and in `b` could be pressed with both active (one holds the other). */
export function contextsOverlap(a: CommandContext, b: CommandContext): boolean {
  return contextPath(a).includes(b) || contextPath(b).includes(a);
}
