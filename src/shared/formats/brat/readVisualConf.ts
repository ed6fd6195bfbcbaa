import { setOwn } from '../../collections';
import { splitLines } from '../common';
import type { FormatFile } from '../common';

const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;
const MAX_COLORS = 1000;

/**
 * The background colours brat's `visual.conf` gives types in its `[drawing]` section
 * (`Person\tbgColor:#FF821C, fgColor:white`), by type, as `#rrggbb` (`#abc` spelled out).
 * Named colours (`lightgreen`), the `*_DEFAULT` entries and other sections are left out.
 * @example readVisualConf({ path: 'visual.conf', content: '[drawing]\nPerson\tbgColor:#FF821C\n' }) → { Person: '#FF821C' }
 */
export function readVisualConf(file: FormatFile): Record<string, string> {
  const colors: Record<string, string> = {};
  let drawing = false;
  let count = 0;
  for (const { text } of splitLines(file.content)) {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      drawing = header[1] === 'drawing';
      continue;
    }
    const [name = '', rest = ''] = line.split(/\s+(.*)/s, 2);
    if (!drawing || name === '' || name.endsWith('_DEFAULT') || count >= MAX_COLORS) continue;
    const color = rest
      .split(',')
      .map((part) => part.trim())
      .find((part) => part.startsWith('bgColor:'))
      ?.slice('bgColor:'.length)
      .trim();
    if (color === undefined || !COLOR.test(color)) continue;
    setOwn(
      colors,
      name,
      color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color,
    );
    count++;
  }
  return colors;
}
