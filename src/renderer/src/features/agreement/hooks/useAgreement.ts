import { useCallback, useEffect, useState } from 'react';
import type { MatchMode } from '../../../../../shared/agreement';
import type { AgreementReport, DocumentSummary } from '../../../../../shared/contract';
import { GOLD } from '../../../../../shared/model';
import { workbench } from '../../../bridge';
import { itemAt } from '../../../../../shared/collections';

/** The annotators to compare, the figures for them, and the document list with every layer. */
export interface AgreementState {
  /** Annotators with a layer folder, gold left out. */
  readonly annotators: readonly string[];
  readonly pair: readonly [string, string] | null;
  readonly match: MatchMode;
  readonly result: AgreementReport | null;
  readonly documents: readonly DocumentSummary[];
  choose(side: 0 | 1, annotator: string): void;
  setMatch(match: MatchMode): void;
  reload(): Promise<void>;
}

/** Loads annotators and documents, and the agreement of the chosen pair whenever it or the match mode changes. */
export function useAgreement(onError: (error: unknown) => void): AgreementState {
  const [annotators, setAnnotators] = useState<readonly string[]>([]);
  const [pair, setPair] = useState<readonly [string, string] | null>(null);
  const [match, setMatch] = useState<MatchMode>('exact');
  const [result, setResult] = useState<AgreementReport | null>(null);
  const [documents, setDocuments] = useState<readonly DocumentSummary[]>([]);

  const reload = useCallback(async () => {
    const api = workbench();
    const [project, docs] = await Promise.all([api.getProject({}), api.listDocuments({})]);
    const names = project.annotators.filter((name) => name !== GOLD);
    setAnnotators(names);
    setDocuments(docs);
    setPair(
      (current) => current ?? (names.length >= 2 ? [itemAt(names, 0), itemAt(names, 1)] : null),
    );
  }, []);

  useEffect(() => {
    reload().catch(onError);
  }, [reload, onError]);

  useEffect(() => {
    if (!pair || pair[0] === pair[1]) {
      setResult(null);
      return;
    }
    let current = true;
    workbench()
      .agreement({ annotators: [...pair], match })
      .then((next) => current && setResult(next), onError);
    return () => {
      current = false;
    };
  }, [pair, match, documents, onError]);

  const choose = useCallback((side: 0 | 1, annotator: string) => {
    setPair((current) => {
      const next: [string, string] = current ? [current[0], current[1]] : [annotator, annotator];
      next[side] = annotator;
      return next;
    });
  }, []);

  return { annotators, pair, match, result, documents, choose, setMatch, reload };
}
