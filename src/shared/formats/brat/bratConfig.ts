import { trimEndOf } from '../../text';
import { splitLines } from '../common';
import type { FormatFile } from '../common';
import { parseAnnLine } from './annLine';
import type { AnnLine } from './annLine';
import type { EventTypeDefinition } from '../../model';
import { eventDeclarationLine } from './eventDeclaration';
import { isBratTypeName } from './keptNotes';

interface Slot {
  readonly types: Set<string>;
  max: number;
}

/** What a collection's `.ann` files use, gathered to declare it in `annotation.conf`. */
interface Used {
  readonly entities: Set<string>;
  readonly events: Map<string, Map<string, Slot>>;
  readonly relations: Map<string, { type: string; roles: [string, string]; args: [Slot, Slot] }>;
  readonly equivs: Map<string, Set<string>>;
  readonly attributes: Map<string, { targets: Set<string>; values: Set<string> }>;
}

/**
 * brat's `annotation.conf` declaring every entity, event (roles without their numbers,
 * `?` or `*` by how often they occur), relation, equivalence and attribute type the given
 * `.ann` files use, so brat's `verify_annotations` accepts them; overlapping spans allowed.
 * Event types the schema declares (`declared`) that no file uses follow, as declared.
 * @example annotationConf([{ path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' }]) → '[entities]\nORG\n…'
 */
export function annotationConf(
  anns: readonly FormatFile[],
  declared: readonly EventTypeDefinition[] = [],
): string {
  const used: Used = {
    entities: new Set(),
    events: new Map(),
    relations: new Map(),
    equivs: new Map(),
    attributes: new Map(),
  };
  for (const ann of anns) gather(ann.content, used);
  for (const type of used.events.keys()) used.entities.delete(type);
  const sorted = (values: Iterable<string>) => [...values].sort();
  const list = (slot: Slot) => sorted(slot.types).join('|');
  const lines = [
    '# Written by Loupe: every type, role and attribute used in this collection.',
    '[entities]',
    ...sorted(used.entities),
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    ...[...used.relations.values()].map(
      (r) => `${r.type}\t${r.roles[0]}:${list(r.args[0])}, ${r.roles[1]}:${list(r.args[1])}`,
    ),
    ...[...used.equivs].map(([type, types]) => {
      const members = sorted(types).join('|');
      return `${type}\tArg1:${members}, Arg2:${members}, <REL-TYPE>:symmetric-transitive`;
    }),
    '',
    '[events]',
    ...[...used.events].map(([type, roles]) => {
      const args = [...roles].map(([role, s]) => `${role}${s.max > 1 ? '*' : '?'}:${list(s)}`);
      return args.length > 0 ? `${type}\t${args.join(', ')}` : type;
    }),
    ...declared
      .filter((e) => !used.events.has(e.name) && !used.entities.has(e.name) && writable(e))
      .map(eventDeclarationLine),
    '',
    '[attributes]',
    ...[...used.attributes].map(([name, a]) => {
      const values = a.values.size > 0 ? `, Value:${sorted(a.values).join('|')}` : '';
      return `${name}\tArg:${sorted(a.targets).join('|')}${values}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

function gather(content: string, used: Used): void {
  const lines = splitLines(content)
    .map(parseAnnLine)
    .filter((l): l is AnnLine => typeof l !== 'string');
  const typeOf = new Map<string, string>();
  for (const l of lines) {
    if (l.kind === 'T') typeOf.set(l.id, l.label);
    if (l.kind === 'E' || l.kind === 'R' || l.kind === 'bare') typeOf.set(l.id, l.type);
  }
  const type = (id: string) => typeOf.get(id) ?? '<ANY>';
  for (const l of lines) {
    if (l.kind === 'T') used.entities.add(l.label);
    else if (l.kind === 'E') gatherEvent(l, type, used);
    else if (l.kind === 'R') {
      const [a, b] = l.args;
      const key = `${l.type}\u0000${a.role}\u0000${b.role}`;
      const known = used.relations.get(key) ?? {
        type: l.type,
        roles: [a.role, b.role],
        args: [slot(), slot()],
      };
      known.args[0].types.add(type(a.ref));
      known.args[1].types.add(type(b.ref));
      used.relations.set(key, known);
    } else if (l.kind === '*') {
      const types = used.equivs.get(l.type) ?? new Set<string>();
      l.refs.forEach((ref) => types.add(type(ref)));
      used.equivs.set(l.type, types);
    } else if (l.kind === 'A') {
      const known = used.attributes.get(l.name) ?? { targets: new Set(), values: new Set() };
      known.targets.add(type(l.target));
      if (l.value !== true) known.values.add(l.value);
      used.attributes.set(l.name, known);
    }
  }
}

function gatherEvent(
  l: Extract<AnnLine, { kind: 'E' }>,
  type: (id: string) => string,
  used: Used,
): void {
  const roles = used.events.get(l.type) ?? new Map<string, Slot>();
  const counts = new Map<string, number>();
  for (const arg of l.args) {
    const role = trimEndOf(arg.role, '0123456789');
    const known = roles.get(role) ?? slot();
    known.types.add(type(arg.ref));
    counts.set(role, (counts.get(role) ?? 0) + 1);
    known.max = Math.max(known.max, counts.get(role) ?? 0);
    roles.set(role, known);
  }
  used.events.set(l.type, roles);
}

/** Whether brat reads an event type's declaration back as it is: its names plain, its types plain or `<EVENT>`, `<ENTITY>`, `<ANY>`. */
function writable(event: EventTypeDefinition): boolean {
  const type = (t: string) => isBratTypeName(t) || /^<(?:EVENT|ENTITY|ANY)>$/.test(t);
  return (
    isBratTypeName(event.name) &&
    event.arguments.every(
      (a) => isBratTypeName(a.role) && a.types.length > 0 && a.types.every(type),
    )
  );
}

function slot(): Slot {
  return { types: new Set(), max: 0 };
}
