import { describe, expect, it } from 'vitest';
import { defaultLabelStyles, type Span } from '../../../src/shared/model';
import {
  FIRST_SCREEN_MAX_SPANS,
  firstScreenContent,
} from '../../../src/shared/firstScreen/firstScreenContent';
import { span } from '../../helpers/span';

const TEXT =
  'In Rudaw\n\nWashington rejects Baghdad’s request to plan a withdrawal\nMike Pompeo said.';

function answer(method: string, result: unknown): object {
  return { method, request: {}, envelope: { ok: true, result } };
}

/** The body `/first-answers` answers, with parts replaced. */
function body(
  parts: { project?: object; spans?: readonly Span[]; title?: string; opened?: boolean } = {},
): object {
  const project = {
    name: 'Demo',
    dir: '/p',
    schema: { labels: [{ name: 'PERSON', description: 'People' }, { name: 'GPE' }] },
    styles: defaultLabelStyles(),
    schemaVersion: 'v1',
    problems: [],
    annotators: ['amira'],
    ...parts.project,
  };
  const document = { id: 'd1', name: 'rudaw.txt', text: TEXT, hash: 'h' };
  const layer = {
    spans: parts.spans ?? [span(67, 78, 'PERSON', 's1')],
    stances: [],
    status: 'done',
  };
  return {
    answers: [
      answer('getSettings', { annotator: 'amira' }),
      answer('listDocuments', [{ id: 'd1', title: parts.title ?? '' }]),
      answer('getProject', project),
      answer('listEntities', []),
      ...(parts.opened === false ? [] : [answer('openDocument', { document, layer, history: {} })]),
    ],
  };
}

describe('firstScreenContent', () => {
  it('reads the frame and the first document from the first answers', () => {
    const content = firstScreenContent(body());
    expect(content).toMatchObject({
      projectName: 'Demo',
      // The toolbar's rule: a title read from the text, with the file name beside it.
      title: 'Washington rejects Baghdad’s request to plan a withdrawal',
      fileName: 'rudaw.txt',
      text: TEXT,
      stanceCount: 0,
      done: true,
      labels: [{ name: 'PERSON', description: 'People' }, { name: 'GPE' }],
    });
    expect(content?.spans.map((s) => s.id)).toEqual(['s1']);
  });

  it('prefers the title the document list gives', () => {
    expect(firstScreenContent(body({ title: 'Given title' }))).toMatchObject({
      title: 'Given title',
      fileName: 'rudaw.txt',
    });
  });

  it('leaves the window to the app when it would paint something else', () => {
    expect(firstScreenContent(null)).toBeNull(); // the desktop app, or no answers
    expect(firstScreenContent({ answers: 'nonsense' })).toBeNull();
    expect(firstScreenContent(body({ opened: false }))).toBeNull(); // no annotator: the app asks for one
    expect(
      firstScreenContent(body({ project: { readOnly: 'another program holds the lock' } })),
    ).toBeNull();
    expect(firstScreenContent(body({ project: { problems: [{ message: 'x' }] } }))).toBeNull();
    const many = Array.from({ length: FIRST_SCREEN_MAX_SPANS + 1 }, (_, i) =>
      span(0, 2, 'GPE', `s${i}`),
    );
    expect(firstScreenContent(body({ spans: many }))).toBeNull();
    const odd = [
      { id: 's1', label: 'PERSON', fragments: [{ start: 'a', end: 2 }] },
    ] as unknown as Span[];
    expect(firstScreenContent(body({ spans: odd }))).toBeNull();
  });
});
