import { describe, expect, it } from 'vitest';
import { keepUsedLabels } from '../../../src/node/sync/keepUsedLabels';
import {
  defaultLabelSchema,
  defaultLabelStyles,
  FORMAT_VERSION,
  type Manifest,
} from '../../../src/shared/model';

function manifest(labels: string[]): Manifest {
  return {
    formatVersion: FORMAT_VERSION,
    name: 'team',
    schema: { ...defaultLabelSchema(), labels: labels.map((name) => ({ name })) },
    styles: defaultLabelStyles(),
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('keepUsedLabels', () => {
  it('keeps a removed label still in use, reading past layer files that are not layers', async () => {
    const layers: Record<string, string> = {
      'annotations/bob/a.json': '{"spans": 5}',
      'annotations/bob/b.json': '{not json',
      'annotations/bob/c.json': '[null]',
      'annotations/bob/d.json': JSON.stringify({ spans: [null, 7, { label: 'TOPIC_X' }] }),
    };
    const files = await keepUsedLabels(
      [{ path: 'loupe.json', content: bytes(JSON.stringify(manifest(['PERSON']))) }],
      { ours: manifest(['PERSON', 'TOPIC_X']), theirs: manifest(['PERSON']) },
      async (path) => (layers[path] === undefined ? null : bytes(layers[path])),
      Object.keys(layers),
    );
    const kept = JSON.parse(new TextDecoder().decode(files[0]?.content ?? undefined)) as Manifest;
    expect(kept.schema.labels.map((l) => l.name)).toEqual(['PERSON', 'TOPIC_X']);
  });

  it('keeps the style of a removed label in use named constructor, __proto__ or toString', async () => {
    const names = ['constructor', '__proto__', 'toString'];
    const ours = manifest(['PERSON', ...names]);
    const styles = names.map((name, i) => [name, { color: `#00000${i}` }]);
    const withStyles = { ...ours, styles: { ...ours.styles, ...Object.fromEntries(styles) } };
    const layer = JSON.stringify({ spans: names.map((label) => ({ label })) });
    const files = await keepUsedLabels(
      [{ path: 'loupe.json', content: bytes(JSON.stringify(manifest(['PERSON']))) }],
      { ours: withStyles, theirs: manifest(['PERSON']) },
      async () => bytes(layer),
      ['annotations/bob/a.json'],
    );
    const kept = JSON.parse(new TextDecoder().decode(files[0]?.content ?? undefined)) as Manifest;
    expect(kept.schema.labels.map((l) => l.name)).toEqual(['PERSON', ...names]);
    expect(names.map((name) => Object.hasOwn(kept.styles, name) && kept.styles[name])).toEqual(
      styles.map(([, style]) => style),
    );
  });
});
