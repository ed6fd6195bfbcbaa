import { setOwn } from '../../collections';
import { splitLines } from '../common';
import type { DeclaredVocabulary, FormatFile } from '../common';
import type { EventTypeDefinition } from '../../model';
import { eventDeclarationOf } from './eventDeclaration';

type Section = 'entities' | 'relations' | 'events' | 'attributes';
const SECTIONS = new Map<string, Section>(
  (['entities', 'relations', 'events', 'attributes'] as const).map((s) => [s, s]),
);

/**
 * The names brat's `annotation.conf` declares, which a Loupe schema takes over: entity types as
 * span labels, relation types, attributes with their values (none for a binary one) and event
 * types with their arguments (macros such as `<POG>` replaced), in the file's order. Types
 * marked `!` (hierarchy only, not for annotation), macro definitions (`<POG>=…`), `<OVERLAP>`
 * and other `<…>` lines are left out. Unknown sections are skipped, as brat does.
 * @example readAnnotationConf({ path: 'annotation.conf', content: '[entities]\nPerson\n[attributes]\nMention Arg:<ENTITY>, Value:Name|Nominal' }, warnings) → { labels: ['Person'], relationTypes: [], attributes: { Mention: ['Name', 'Nominal'] } }
 */
export function readAnnotationConf(file: FormatFile, warnings: string[]): DeclaredVocabulary {
  const labels: string[] = [];
  const relationTypes: string[] = [];
  const attributes: Record<string, string[]> = {};
  const eventTypes: EventTypeDefinition[] = [];
  const macros = macrosOf(file.content);
  let section: Section | null = null;
  let skipped = 0;
  for (const { text, line: at } of splitLines(file.content)) {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = SECTIONS.get(header[1] ?? '') ?? null;
      continue;
    }
    if (section === null || line.startsWith('!') || line.startsWith('<')) continue;
    const [name = '', rest = ''] = line.split(/\s+(.*)/s, 2);
    if (name === '' || name === '-' || name.includes('=')) continue;
    if (section === 'events') {
      const event = eventDeclarationOf(name, rest, macros);
      if (typeof event === 'string') warnings.push(`${file.path}:${at}: ${event}; left out`);
      else if (!fits(name) || eventTypes.length >= MAX_NAMES) skipped++;
      else eventTypes.push(event);
      continue;
    }
    const list = section === 'entities' ? labels : relationTypes;
    if (
      !fits(name) ||
      (section === 'attributes' ? Object.keys(attributes) : list).length >= MAX_NAMES
    ) {
      skipped++;
      continue;
    }
    if (section === 'entities') labels.push(name);
    else if (section === 'relations') relationTypes.push(name);
    else setOwn(attributes, name, valuesOf(rest));
  }
  if (skipped > 0)
    warnings.push(
      `${file.path}: ${skipped} declared name${skipped === 1 ? '' : 's'} longer than ${MAX_NAME} characters or past the first ${MAX_NAMES} of a section left out of the schema`,
    );
  return { labels, relationTypes, attributes, ...(eventTypes.length > 0 ? { eventTypes } : {}) };
}

/** The macros a file defines (`<POG>=Person|Organization|GPE`), by name. */
function macrosOf(content: string): Map<string, string> {
  const macros = new Map<string, string>();
  for (const { text } of splitLines(content)) {
    const macro = /^\s*(<[^>\s]+>)\s*=\s*(\S.*?)\s*$/.exec(text);
    if (macro?.[1] && macro[2]) macros.set(macro[1], macro[2]);
  }
  return macros;
}

/** Longest name a schema takes (a span label's bound) and most names taken from a section. */
const MAX_NAME = 200;
const MAX_NAMES = 1000;

function fits(name: string): boolean {
  return name.length <= MAX_NAME;
}

/** An attribute's values (`Value:High|Neutral|Low`); none for a binary attribute. */
function valuesOf(definition: string): string[] {
  for (const part of definition.split(','))
    if (part.trim().startsWith('Value:'))
      return part
        .trim()
        .slice('Value:'.length)
        .split('|')
        .map((v) => v.trim())
        .filter((v) => v !== '' && fits(v))
        .slice(0, MAX_NAMES);
  return [];
}
