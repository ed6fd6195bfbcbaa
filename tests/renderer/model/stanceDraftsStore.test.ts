import { describe, expect, it } from 'vitest';
import type { Stance } from '../../../src/shared/model';
import { missingField, type StanceDraft } from '../../../src/renderer/src/model';
import { StanceDraftsStore } from '../../../src/renderer/src/model/stanceDraftsStore';

function stance(author: string, topicId: string, createdAt: string): Stance {
  return {
    id: `st_${topicId}`,
    target: { kind: 'topic', topicId },
    polarity: 'FAVOR',
    evidence: ['s1'],
    author,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('StanceDraftsStore', () => {
  it('starts with nothing chosen but the target this annotator used last, said so', () => {
    const drafts = new StanceDraftsStore();
    const stances = [
      stance('ana', 'old', '2026-01-01T00:00:00Z'),
      stance('ana', 'new', '2026-02-01T00:00:00Z'),
      stance('bo', 'other', '2026-03-01T00:00:00Z'),
    ];
    const draft = drafts.draftFor('d1', 's9', 'ana', stances);
    expect(draft).toEqual({
      evidenceId: 's9',
      note: '',
      target: { kind: 'topic', topicId: 'new' },
      targetIsLastUsed: true,
    });
    expect(missingField(draft)).toBe('holder');
    expect(drafts.draftFor('d1', 's9', 'cy', stances)).toEqual({
      evidenceId: 's9',
      note: '',
      targetIsLastUsed: false,
    });
  });

  it('has no draft nor last target for a document or annotator named constructor or toString', () => {
    const drafts = new StanceDraftsStore();
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(drafts.draftOf(name)).toBeNull();
      expect(drafts.draftFor(name, 's1', name, [])).toEqual({
        evidenceId: 's1',
        note: '',
        targetIsLastUsed: false,
      });
    }
  });

  it('keeps a draft per document until it is saved or discarded', () => {
    const drafts = new StanceDraftsStore();
    const half: StanceDraft = {
      evidenceId: 's1',
      holder: null,
      note: 'x',
      targetIsLastUsed: false,
    };
    drafts.update('d1', half);
    expect(drafts.draftFor('d1', 's1', 'ana', [])).toBe(half);
    expect(drafts.draftFor('d2', 's1', 'ana', [])).not.toBe(half);
    expect(drafts.draftFor('d1', 's2', 'ana', [])).toMatchObject({ evidenceId: 's2', note: 'x' });
    drafts.saved('d1', 'ana', { kind: 'topic', topicId: 't' });
    expect(drafts.draftOf('d1')).toBeNull();
    expect(drafts.draftFor('d3', 's1', 'ana', []).target).toEqual({ kind: 'topic', topicId: 't' });
    drafts.update('d2', half);
    drafts.discard('d2');
    expect(drafts.draftOf('d2')).toBeNull();
  });

  it('follows a span drawn ahead of its save to the saved span: as evidence, holder or target', () => {
    const drafts = new StanceDraftsStore();
    const draft: StanceDraft = {
      evidenceId: 'drawn-1',
      holder: { kind: 'span', spanId: 'drawn-2' },
      target: { kind: 'span', spanId: 'drawn-2' },
      note: '',
      targetIsLastUsed: false,
    };
    drafts.update('d1', draft);
    drafts.follow('drawn-2', 's7');
    expect(drafts.draftOf('d1')).toEqual({
      ...draft,
      holder: { kind: 'span', spanId: 's7' },
      target: { kind: 'span', spanId: 's7' },
    });
    drafts.follow('drawn-1', 's8');
    expect(drafts.draftOf('d1')?.evidenceId).toBe('s8');
    expect(drafts.draftOf('d1')?.holder).toEqual({ kind: 'span', spanId: 's7' });
  });

  it('names the first missing field in the order of the form', () => {
    const base: StanceDraft = { evidenceId: 's1', note: '', targetIsLastUsed: false };
    expect(missingField(base)).toBe('holder');
    expect(missingField({ ...base, holder: null })).toBe('target');
    const withTarget = { ...base, holder: null, target: { kind: 'topic', topicId: 't' } } as const;
    expect(missingField(withTarget)).toBe('polarity');
    expect(missingField({ ...withTarget, polarity: 'NONE' })).toBeNull();
  });
});
