/**
 * The order and ids of a `.ann` file's lines, kept so an export puts each annotation back
 * where the file had it, under the id it had. An entry per line, in file order: a T, E or R
 * line (and a line kept as written) by its id (`T3`; an event with its type and trigger,
 * `E1 Stance:T3`); an attribute, normalization or note by
 * its id and what it is on (`A1 Negation E2`, `N1 Reference T5 Wikipedia:64488`,
 * `#1 AnnotatorNotes T3`: the annotation it is on keeps its id, so it is found again); an
 * equivalence set, which has no id, as written (`* Equiv T1 T2`).
 * @example lineOrder(['T1\tProtein 0 4\tp53', 'A1\tNegation T1']) → ['T1', 'A1 Negation T1']
 */
export function lineOrder(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const { id, data } = columnsOf(line);
    switch (kindOf(id)) {
      case 'A':
      case '#':
        return `${id} ${data.split(' ').slice(0, 2).join(' ')}`;
      case 'N':
        return `${id} ${data}`;
      case '*':
        return `* ${data}`;
      case 'E':
        return `${id} ${data.split(' ')[0] ?? ''}`;
      default:
        return id;
    }
  });
}

/**
 * The trigger each event of an order had (`E1 Stance:T3` → E1 → T3): a stance, whose trigger
 * Loupe does not hold as a span, is written back with it.
 * @example triggersOfOrder(['T3', 'E1 Stance:T3']).get('E1') === 'T3'
 */
export function triggersOfOrder(order: readonly string[]): Map<string, string> {
  const triggers = new Map<string, string>();
  for (const entry of order) {
    const [id = '', head = ''] = entry.split(' ');
    const colon = head.indexOf(':');
    if (id.startsWith('E') && colon !== -1) triggers.set(id, head.slice(colon + 1));
  }
  return triggers;
}

/**
 * A line as a writer of brat's syntax writes it: no whitespace at its end, one tab between
 * columns. Lines written otherwise (brat's own editor ends an R line with a tab, BioNLP's events
 * without arguments end with a space) are kept as written (see {@link spacedLines}).
 * @example plainSpacing('R1\tLocated Arg1:T1 Arg2:T2\t') === 'R1\tLocated Arg1:T1 Arg2:T2'
 */
export function plainSpacing(line: string): string {
  return line.replace(/[ \t]+$/u, '').replace(/\t{2,}/gu, '\t');
}

/** An attribute line naming its target as an argument, as BioNLP 2016 writes it (`M1\tNegation Annotation:E1`). */
const TARGET_AS_ARGUMENT = /^([AM][^\t]*\t\S+ )Annotation:/u;

/**
 * What a line says, whatever way it is written: its plain spacing (see {@link plainSpacing}),
 * an attribute's target by its id alone (BioNLP 2016's `Annotation:E1`) and a T line's text
 * column with each run of white space as one space (BioNLP 2016's `for lipids` for brat's
 * `for  lipids`). Two lines of one form are one line written two ways.
 * @example plainForm('M1\tNegation Annotation:E1 ') === 'M1\tNegation E1'
 */
export function plainForm(written: string): string {
  const line = plainSpacing(written).replace(TARGET_AS_ARGUMENT, '$1');
  if (!line.startsWith('T')) return line;
  const [id = '', data = '', ...text] = line.split('\t');
  if (text.length === 0) return line;
  return `${id}\t${data}\t${text.join('\t').replace(/\s+/gu, ' ').trim()}`;
}

/**
 * The lines of a file (by their place in it) that a writer would write otherwise, as written:
 * spaced otherwise, an attribute naming its target as an argument, and the lines at the places
 * `otherwise` names (T lines whose text column is not the covered text as brat joins it).
 * @example spacedLines(['T1\tX 0 1\ta', 'R1\tY Arg1:T1 Arg2:T1\t']) → [[1, 'R1\tY Arg1:T1 Arg2:T1\t']]
 */
export function spacedLines(
  lines: readonly string[],
  otherwise: ReadonlySet<number> = new Set(),
): [number, string][] {
  const spaced: [number, string][] = [];
  lines.forEach((line, index) => {
    if (plainSpacing(line) !== line || TARGET_AS_ARGUMENT.test(line) || otherwise.has(index))
      spaced.push([index, line]);
  });
  return spaced;
}

/**
 * The events without a trigger of an order (`E2 Regulates_Process`, BioNLP 2016's relations):
 * a relation read from one is written back as an event line under its id.
 * @example triggerlessOfOrder(['T1', 'E1 Process:T1', 'E2 Regulates_Process']) → Set { 'E2' }
 */
export function triggerlessOfOrder(order: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of order) {
    const [id = '', head = ''] = entry.split(' ');
    if (id.startsWith('E') && head !== '' && !head.includes(':')) ids.add(id);
  }
  return ids;
}

/** The ids an order names (equivalence sets have none): an export hands out no fresh id among them. */
export function idsOfOrder(order: readonly string[]): string[] {
  return order.map((entry) => entry.split(' ')[0] ?? '').filter((id) => id !== '*' && id !== '');
}

/**
 * Written lines (`lines`, in the order written, with fresh ids for attributes, normalizations
 * and notes) put in the order a file had (`order`, see {@link lineOrder}): a line the order
 * names goes to its place, an attribute, normalization or note under the id it had there; a
 * line it does not name (an annotation added since) follows the line written before it. A line
 * the file wrote otherwise (`spaced`, by its place, see {@link spacedLines}) is written as the
 * file had it when it differs from it in nothing else. A line `fixed` at a place of the order
 * (a line left out as invalid on import, see `writeInvalidLines`) goes there, and no other
 * line takes that place. Without an order the lines are returned as written, the fixed ones last.
 * @example restoreOrder(['T1\tX 0 1\ta', 'A9\tNeg T1', 'T2\tY 2 3\tb'], ['A1 Neg T1', 'T2', 'T1']) → ['A1\tNeg T1', 'T2\tY 2 3\tb', 'T1\tX 0 1\ta']
 */
export function restoreOrder(
  lines: readonly string[],
  order: readonly string[],
  spaced: ReadonlyMap<number, string> = new Map(),
  fixed: readonly (readonly [number, string])[] = [],
): string[] {
  if (order.length === 0) return [...lines, ...fixed.map(([, line]) => line)];
  const places = new Map<string, Place[]>();
  const near = new Map<string, Place[]>();
  const held = new Set(fixed.map(([index]) => index));
  slotsOf(order.map((entry) => entry.replace(' ', '\t'))).forEach((slots, index) => {
    if (held.has(index)) return;
    const place = { index, id: slots.id, taken: false };
    pushTo(places, slots.slot, place);
    if (slots.near !== undefined) pushTo(near, slots.near, place);
  });
  const written = slotsOf(lines);
  const found = written.map(({ slot }) => take(places.get(slot)));
  written.forEach(({ near: on }, seq) => {
    if (found[seq] === undefined && on !== undefined) found[seq] = take(near.get(on));
  });
  let last = -1;
  const placed = written.map(({ id }, seq) => {
    const line = lines[seq] ?? '';
    const place = found[seq];
    if (place === undefined) return { line, index: last, after: 1, seq };
    last = place.index;
    const renamed = place.id === id ? line : `${place.id}${line.slice(id.length)}`;
    const asWritten = spaced.get(place.index);
    const same = asWritten !== undefined && plainForm(asWritten) === plainForm(renamed);
    return { line: same ? asWritten : renamed, index: place.index, after: 0, seq };
  });
  placed.push(...fixed.map(([index, line], seq) => ({ line, index, after: 0, seq: -1 - seq })));
  placed.sort((a, b) => a.index - b.index || a.after - b.after || a.seq - b.seq);
  return placed.map((p) => p.line);
}

/** A line of the order: its place and id, and whether a written line took it. */
interface Place {
  readonly index: number;
  readonly id: string;
  taken: boolean;
}

function pushTo(map: Map<string, Place[]>, key: string, place: Place): void {
  const list = map.get(key);
  if (list) list.push(place);
  else map.set(key, [place]);
}

/** The first place of a list no line took yet, now taken. */
function take(list: readonly Place[] | undefined): Place | undefined {
  const place = list?.find((p) => !p.taken);
  if (place) place.taken = true;
  return place;
}

/**
 * Each line's id and what finds it again in another writing (see {@link lineOrder}); a note's
 * slot counts the notes of its type on its target before it. An attribute, normalization or note
 * is found `near` by its kind and target alone when nothing else finds it (a note read under
 * another type, a reference written in another form).
 */
function slotsOf(lines: readonly string[]): { id: string; slot: string; near?: string }[] {
  const notes = new Map<string, number>();
  return lines.map((line) => {
    const { id, data } = columnsOf(line);
    const kind = kindOf(id);
    switch (kind) {
      case 'A':
        return { id, slot: `A ${data.split(' ').slice(0, 2).join(' ')}`, near: nearOf(kind, data) };
      case 'N':
        return { id, slot: `N ${data}`, near: nearOf(kind, data) };
      case '#': {
        const on = data.split(' ').slice(0, 2).join(' ');
        const nth = notes.get(on) ?? 0;
        notes.set(on, nth + 1);
        return { id, slot: `# ${on} ${nth}`, near: nearOf(kind, data) };
      }
      case '*':
        return { id, slot: `* ${data}` };
      default:
        return { id, slot: id };
    }
  });
}

/** An attribute's, normalization's or note's kind and target (`Annotation:T3` in BioNLP's form). */
function nearOf(kind: string, data: string): string {
  const target = data.split(' ')[1] ?? '';
  return `${kind} ${target.slice(target.indexOf(':') + 1)}`;
}

/** What brat takes a line to be from its id's first character (`M` lines are attributes too). */
function kindOf(id: string): string {
  const first = id.charAt(0);
  return first === 'M' ? 'A' : first;
}

/** A line's id and data column (`id TAB data [TAB text]`), without the spaces around it. */
function columnsOf(written: string): { id: string; data: string } {
  const line = plainForm(written);
  const tab = line.indexOf('\t');
  if (tab === -1) return { id: line, data: '' };
  const end = line.indexOf('\t', tab + 1);
  const data = end === -1 ? line.slice(tab + 1) : line.slice(tab + 1, end);
  return { id: line.slice(0, tab), data: data.trim() };
}
