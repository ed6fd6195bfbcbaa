import { setOwn } from '../../collections';
import { readXml } from '../common';
import type { ErrorCollector, FormatFile } from '../common';

/** The type of a feature holding text: what INCEpTION gives a layer's string and tagset features. */
const STRING = 'uima.cas.String';
/** Features that place a relation: never its label. */
const ENDS: ReadonlySet<string> = new Set(['Governor', 'Dependent']);

interface Declared {
  supertype: string;
  features: { name: string; range: string }[];
}

/**
 * The feature that holds each type's label, by a UIMA type system description
 * (`TypeSystem.xml`, which INCEpTION's XMI export writes beside the `.xmi` from the project's
 * layer definitions): the first string feature the type declares (else its supertype's), not
 * Governor or Dependent. Types with no string feature are left out. Problems go to `errors`
 * by line; null when the file is not well-formed or no type system description.
 * @example typeSystemLabels(file, errors)?.['webanno.custom.Sentiment'] === 'polarity'
 */
export function typeSystemLabels(
  file: FormatFile,
  errors: ErrorCollector,
): Record<string, string> | null {
  const types = new Map<string, Declared>();
  const path: string[] = [];
  let text = '';
  let type: Declared | undefined;
  let feature: { name: string; range: string } | undefined;
  let root = '';
  const read = readXml(file, errors, ({ parser }) => {
    parser.on('opentag', (tag) => {
      const local = localOf(tag.name);
      path.push(local);
      if (path.length === 1) root = local;
      text = '';
      if (local === 'typeDescription') type = { supertype: '', features: [] };
      if (local === 'featureDescription') feature = { name: '', range: '' };
    });
    parser.on('text', (t) => (text += t));
    parser.on('closetag', ({ name: tagName }) => {
      const tag = { local: localOf(tagName) };
      path.pop();
      const value = text.trim();
      text = '';
      const parent = path[path.length - 1];
      if (tag.local === 'featureDescription' && feature && type) type.features.push(feature);
      else if (feature && parent === 'featureDescription') {
        if (tag.local === 'name') feature.name = value;
        if (tag.local === 'rangeTypeName') feature.range = value;
      } else if (type && parent === 'typeDescription') {
        if (tag.local === 'name') types.set(value, type);
        if (tag.local === 'supertypeName') type.supertype = value;
      }
      if (tag.local === 'featureDescription') feature = undefined;
      if (tag.local === 'typeDescription') type = undefined;
    });
  });
  if (!read) return null;
  if (root !== 'typeSystemDescription') {
    errors.add(
      file.path,
      1,
      `is not a UIMA type system description: its root is <${root || 'none'}>, where UIMA writes <typeSystemDescription>`,
    );
    return null;
  }
  const labels: Record<string, string> = {};
  for (const name of types.keys()) {
    const label = labelOf(name, types);
    if (label !== undefined) setOwn(labels, name, label);
  }
  return labels;
}

/** An element name without its namespace prefix. */
function localOf(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The first string feature of a type or, if none, of its nearest supertype declared beside it. */
function labelOf(name: string, types: ReadonlyMap<string, Declared>): string | undefined {
  const seen = new Set<string>();
  for (let at = types.get(name); at && !seen.has(at.supertype); at = types.get(at.supertype)) {
    seen.add(at.supertype);
    const found = at.features.find((f) => f.range === STRING && !ENDS.has(f.name));
    if (found) return found.name;
  }
  return undefined;
}
