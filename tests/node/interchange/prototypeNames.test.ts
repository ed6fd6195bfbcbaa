import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, ProjectFolder } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

/** Parses JSON keeping `__proto__` as an own key (as JSON.parse does), for expectations. */
const own = (json: string): unknown => JSON.parse(json);

/** Imports `files`, opens the project again from disk, and exports it as `format`. */
async function throughDisk(files: Record<string, string>, format: 'doccano' | 'labelstudio') {
  const { store } = await emptyProject();
  await importPaths(store, [folderWith(files)], { ...into('amy'), format });
  const reopened = await ProjectFolder.open(store.dir);
  const { result } = await exportProject(reopened, { format, annotator: 'amy' });
  return result.files;
}

describe('names an object holds already (__proto__, constructor) from a file', () => {
  it('keeps a doccano record’s fields of those names, at any depth, through the stored layer', async () => {
    const record =
      '{"id":2,"text":"Carol left Rome.","label":[[0,5,"__proto__"],[11,15,"constructor"]],' +
      '"__proto__":{"x":1},"constructor":"kept","meta":{"__proto__":[1,2]}}';
    const files = await throughDisk({ 'admin.jsonl': `${record}\n` }, 'doccano');
    const written = JSON.parse(files[0]?.content ?? '') as Record<string, unknown>;
    expect(Object.hasOwn(written, '__proto__')).toBe(true);
    // Unedited, it comes back to its file as it was.
    expect(files.map((f) => [f.path, f.content])).toEqual([['admin.jsonl', `${record}\n`]]);
  });

  it('keeps a Label Studio task’s data field named __proto__ and a label named constructor', async () => {
    const task = {
      id: 1,
      data: own('{"text":"Alice met Bob.","__proto__":"from data"}'),
      annotations: [
        own(
          '{"id":5,"lead_time":2,"result":[{"id":"r1","from_name":"label",' +
            '"to_name":"text","type":"labels","value":{"start":0,"end":5,"text":"Alice",' +
            '"labels":["constructor"]}}]}',
        ),
      ],
    };
    const files = await throughDisk({ 'tasks.json': JSON.stringify([task]) }, 'labelstudio');
    const [written] = JSON.parse(files[0]?.content ?? '') as {
      data: Record<string, unknown>;
      annotations: Record<string, unknown>[];
    }[];
    expect(written?.data).toEqual(own('{"text":"Alice met Bob.","__proto__":"from data"}'));
    // Unedited, it comes back to its file as it was.
    expect(files.map((f) => [f.path, f.content])).toEqual([['tasks.json', JSON.stringify([task])]]);
    expect(JSON.stringify(written?.annotations[0])).toContain('"labels":["constructor"]');
  });
});
