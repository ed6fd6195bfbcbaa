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
});
