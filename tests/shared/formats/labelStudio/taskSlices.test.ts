import { describe, expect, it } from 'vitest';
import { taskSlices } from '../../../../src/shared/formats/labelStudio/taskSlices';

describe('taskSlices', () => {
  it('cuts an array of tasks at its objects, keeping what lies between them', () => {
    const content = '\uFEFF[\n  {"id": 1, "data": {"text": "a}"}},\n  {"id": 2}\n]\n';
    expect(taskSlices(content)).toEqual({
      head: '\uFEFF[\n  ',
      tail: '\n]\n',
      single: false,
      tasks: [
        { raw: '{"id": 1, "data": {"text": "a}"}}', indent: '  ', after: ',\n  ' },
        { raw: '{"id": 2}', indent: '  ' },
      ],
    });
  });

  it('takes a file of one task object as it is', () => {
    expect(taskSlices('{\n    "id": 1\n}')).toEqual({
      head: '',
      tail: '',
      single: true,
      tasks: [{ raw: '{\n    "id": 1\n}', indent: '' }],
    });
  });

  it('cuts compact JSON, where no task starts a line', () => {
    expect(taskSlices('[{"id":1},{"id":2}]')?.tasks.map((t) => [t.raw, t.indent, t.after])).toEqual(
      [
        ['{"id":1}', '', ','],
        ['{"id":2}', '', undefined],
      ],
    );
  });

  it('gives null for an array of no task or of anything else', () => {
    expect(taskSlices('[]')).toBeNull();
    expect(taskSlices('[{"id": 1}, "text"]')).toBeNull();
    expect(taskSlices('"text"')).toBeNull();
  });
});
