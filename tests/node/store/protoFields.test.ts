import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { keepProtoFields } from '../../../src/shared/model';
import { projectWith } from '../../helpers/tempProject';

/** The own field named `__proto__` of a parsed JSON object (never its prototype). */
const own = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? Object.getOwnPropertyDescriptor(value, '__proto__')?.value
    : undefined;

describe('a field named __proto__ is kept as a field when Loupe rewrites a file', () => {
  it('is put back where zod left it out, as an own field, prototypes untouched', () => {
    const input = JSON.parse('{"a":[{"__proto__":{"x":1},"b":2}],"__proto__":{"top":true}}');
    const parsed = keepProtoFields(input, { a: [{ b: 2 }] });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(own(parsed)).toEqual({ top: true });
    expect(own(parsed.a[0])).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(parsed.a[0])).toBe(Object.prototype);
    expect(JSON.stringify(parsed)).toBe(
      '{"a":[{"b":2,"__proto__":{"x":1}}],"__proto__":{"top":true}}',
    );
  });

  it('survives a manifest write: at the top of loupe.json, in its schema and in a label', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    const path = join(dir, 'loupe.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const label = manifest.schema.labels.find((l: { name: string }) => l.name === 'PERSON');
    expect(label).toBeDefined();
    const text = readFileSync(path, 'utf8')
      .replace(/^\{\n/, '{\n  "__proto__": {"top": 1},\n')
      .replace('"schema": {', '"schema": {"__proto__": {"inSchema": 2},')
      .replace('"name": "PERSON"', '"name": "PERSON", "__proto__": {"inLabel": 3}');
    writeFileSync(path, text);

    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    expect((await reopened.invoke('renameLabel', { from: 'PERSON', to: 'PER' })).ok).toBe(true);
    await reopened.close();
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(own(written)).toEqual({ top: 1 });
    expect(own(written.schema)).toEqual({ inSchema: 2 });
    const renamed = written.schema.labels.find((l: { name: string }) => l.name === 'PER');
    expect(own(renamed)).toEqual({ inLabel: 3 });
    expect(({} as Record<string, unknown>).top).toBeUndefined();
  });

  it('survives an entity edit', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const created = await workbench.invoke('createEntity', { name: 'Mike Pompeo', type: 'PERSON' });
    expect(created.ok).toBe(true);
    await workbench.close();
    const { readdirSync } = await import('node:fs');
    const [file] = readdirSync(join(dir, 'entities'));
    const path = join(dir, 'entities', file ?? '');
    const id = String(JSON.parse(readFileSync(path, 'utf8')).id);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^\{\n/, '{\n  "__proto__": {"kb": "x"},\n'),
    );

    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    const updated = await reopened.invoke('updateEntity', { entityId: id, name: 'Pompeo' });
    expect(updated.ok).toBe(true);
    await reopened.close();
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written.name).toBe('Pompeo');
    expect(own(written)).toEqual({ kb: 'x' });
  });
});
