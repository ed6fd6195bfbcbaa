import { createOffsetIndex } from '../../spans';
import { fragmentProblem } from '../common';
import type { JsonPathKey } from '../common';
import type { LoupeFile, LoupeFileDocument } from './schema';

/** A problem at a path inside the file. */
export interface PathProblem {
  readonly path: readonly JsonPathKey[];
  readonly reason: string;
}

/**
 * What a schema cannot check: offsets inside the text, unique ids, and every reference
 * (relation ends, stance holder/target/evidence, entity links) naming something that exists.
 * @example checkReferences(file) → [{ path: ['documents', 0, 'relations', 0, 'to'], reason: 'to: span s_9 is not in this document' }]
 */
export function checkReferences(file: LoupeFile): PathProblem[] {
  const problems: PathProblem[] = [];
  const entities = unique(
    file.entities.map((e) => e.id),
    ['entities'],
    'entity',
    problems,
  );
  file.documents.forEach((doc, d) => checkDocument(doc, ['documents', d], entities, problems));
  return problems;
}

function unique(
  ids: readonly (string | undefined)[],
  at: readonly JsonPathKey[],
  what: string,
  problems: PathProblem[],
) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({
        path: [...at, i, 'id'],
        reason: `duplicate ${what} id ${id} (also at index ${first})`,
      });
    else seen.set(id, i);
  });
  return seen;
}

function checkDocument(
  doc: LoupeFileDocument,
  at: readonly JsonPathKey[],
  entities: ReadonlyMap<string, number>,
  problems: PathProblem[],
): void {
  const length = createOffsetIndex(doc.text).codePointLength;
  const spans = unique(
    doc.spans.map((s) => s.id),
    [...at, 'spans'],
    'span',
    problems,
  );
  unique(
    doc.relations.map((r) => r.id),
    [...at, 'relations'],
    'relation',
    problems,
  );
  unique(
    doc.stances.map((s) => s.id),
    [...at, 'stances'],
    'stance',
    problems,
  );
  const need = (ok: boolean, path: readonly JsonPathKey[], reason: string) => {
    if (!ok) problems.push({ path: [...at, ...path], reason });
  };
  doc.spans.forEach((span, i) => {
    span.fragments.forEach((f, k) => {
      const problem = fragmentProblem(f.start, f.end, length);
      need(!problem, ['spans', i, 'fragments', k], `fragment: ${problem}`);
    });
    if (span.entityId !== undefined)
      need(
        entities.has(span.entityId),
        ['spans', i, 'entityId'],
        `entity ${span.entityId} is not in entities`,
      );
  });
  const events = unique(
    (doc.events ?? []).map((e) => e.id),
    [...at, 'events'],
    'event',
    problems,
  );
  const known = (id: string) => spans.has(id) || events.has(id);
  doc.relations.forEach((r, i) => {
    need(known(r.from), ['relations', i, 'from'], `from: span ${r.from} is not in this document`);
    need(known(r.to), ['relations', i, 'to'], `to: span ${r.to} is not in this document`);
  });
  (doc.events ?? []).forEach((e, i) => {
    need(
      spans.has(e.trigger),
      ['events', i, 'trigger'],
      `trigger: span ${e.trigger} is not in this document`,
    );
    e.arguments.forEach((a, k) =>
      need(
        known(a.ref),
        ['events', i, 'arguments', k, 'ref'],
        `ref: ${a.ref} is not in this document`,
      ),
    );
  });
  (doc.equivalences ?? []).forEach((q, i) =>
    q.members.forEach((id, k) =>
      need(
        spans.has(id),
        ['equivalences', i, 'members', k],
        `member: span ${id} is not in this document`,
      ),
    ),
  );
  doc.stances.forEach((s, i) => {
    s.evidence.forEach((id, k) =>
      need(
        spans.has(id),
        ['stances', i, 'evidence', k],
        `evidence: span ${id} is not in this document`,
      ),
    );
    for (const role of ['holder', 'target'] as const) {
      const value = s[role];
      if (value?.kind === 'span')
        need(
          spans.has(value.spanId),
          ['stances', i, role],
          `${role}: span ${value.spanId} is not in this document`,
        );
      if (value?.kind === 'entity')
        need(
          entities.has(value.entityId),
          ['stances', i, role],
          `${role}: entity ${value.entityId} is not in entities`,
        );
    }
  });
}
