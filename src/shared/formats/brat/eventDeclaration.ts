import type { EventArgumentDefinition, EventTypeDefinition } from '../../model';

/** `Role`, an optional count mark (`?`, `*`, `+`, `{2}`, `{1-3}`), `:`, then the types. */
const ARGUMENT = /^([^\s:?*+{]+)(\?|\*|\+|\{[0-9]+(?:-[0-9]*)?\})?:(.+)$/;
const MAX_ARGUMENTS = 1000;

/**
 * An event type as a line of the `[events]` section of brat's `annotation.conf` declares it
 * (`Type Role:Type|Type, Role?:Type, …`), macros (`<POG>`) replaced by what they stand for;
 * a string is why the line is not brat's.
 * @example eventDeclarationOf('Die', 'Person-Arg:Person, Agent-Arg?:<POG>', new Map([['<POG>', 'Person|GPE']])) → { name: 'Die', arguments: [{ role: 'Person-Arg', types: ['Person'] }, { role: 'Agent-Arg', types: ['Person', 'GPE'], count: '?' }] }
 */
export function eventDeclarationOf(
  name: string,
  definition: string,
  macros: ReadonlyMap<string, string>,
): EventTypeDefinition | string {
  const parts = definition
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const args: EventArgumentDefinition[] = [];
  for (const part of parts.slice(0, MAX_ARGUMENTS)) {
    const match = ARGUMENT.exec(part);
    if (!match?.[1] || !match[3]) return `${name}: ${JSON.stringify(part)} is not "Role:Type|Type"`;
    const types = match[3]
      .split('|')
      .flatMap((t) => (macros.get(t.trim()) ?? t).split('|'))
      .map((t) => t.trim())
      .filter((t) => t !== '');
    args.push({ role: match[1], types, ...(match[2] ? { count: match[2] } : {}) });
  }
  return { name, arguments: args };
}

/**
 * The `[events]` line declaring an event type, as brat reads it.
 * @example eventDeclarationLine({ name: 'Binding', arguments: [{ role: 'Theme', types: ['Protein'], count: '+' }] }) === 'Binding\tTheme+:Protein'
 */
export function eventDeclarationLine(event: EventTypeDefinition): string {
  const args = event.arguments.map((a) => `${a.role}${a.count ?? ''}:${a.types.join('|')}`);
  return args.length > 0 ? `${event.name}\t${args.join(', ')}` : event.name;
}
