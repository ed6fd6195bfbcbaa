import {
  DECISION_ATTRIBUTE,
  MODEL_ANNOTATOR,
  WorkbenchError,
  type EditResult,
} from '../../shared/contract';
import { newId, type Span } from '../../shared/model';
import type { EditSession } from '../services';
import type { TransactionBuilder } from '../services/transactionBuilder';
import { suggestionConfidence } from './suggestionConfidence';

function isOpen(span: Span): boolean {
  return span.attributes?.[DECISION_ATTRIBUTE] === undefined;
}

async function suggestionOf(
  b: TransactionBuilder,
  documentId: string,
  spanId: string,
  as: string,
): Promise<Span> {
  const span = (await b.layer(documentId, as)).spans.get(spanId);
  if (!span)
    throw new WorkbenchError(
      'not_found',
      `no suggestion ${spanId} of ${as} in document ${documentId}`,
    );
  return span;
}

/** Marks the suggestion decided in the machine layer (kept there, so it is not proposed again). */
async function decide(
  b: TransactionBuilder,
  documentId: string,
  span: Span,
  as: string,
  decision: 'accepted' | 'rejected',
): Promise<void> {
  const attributes = { ...span.attributes, [DECISION_ATTRIBUTE]: decision };
  await b.putSpan(documentId, span.id, { ...span, attributes, updatedAt: b.now }, as);
}

/** Copies a suggestion into the user's layer with its provenance, and marks it accepted. */
async function accept(
  b: TransactionBuilder,
  documentId: string,
  span: Span,
  as: string,
): Promise<void> {
  const confidence = suggestionConfidence(span, (await b.layer(documentId, as)).original.metadata);
  const copy: Span = {
    id: newId('s'),
    label: span.label,
    fragments: span.fragments,
    author: b.annotator,
    provenance: {
      annotator: as,
      spanId: span.id,
      ...(confidence === null ? {} : { confidence }),
    },
    createdAt: b.now,
    updatedAt: b.now,
  };
  await b.putSpan(documentId, copy.id, copy);
  await decide(b, documentId, span, as, 'accepted');
}

/**
 * The user's decisions on suggestions, each one undoable step through the edit session:
 * accepting copies into the user's layer (never the other way), rejecting only marks.
 */
export class SuggestionDecisions {
  constructor(private readonly session: () => EditSession) {}

  accept(request: {
    documentId: string;
    spanId: string;
    as?: string | undefined;
  }): Promise<EditResult> {
    return this.decideOpen(request, (b, span, as) => accept(b, request.documentId, span, as));
  }

  reject(request: {
    documentId: string;
    spanId: string;
    as?: string | undefined;
  }): Promise<EditResult> {
    return this.decideOpen(request, (b, span, as) =>
      decide(b, request.documentId, span, as, 'rejected'),
    );
  }

  /** One undoable step on a suggestion not yet decided (one decided already is refused). */
  private decideOpen(
    request: { documentId: string; spanId: string; as?: string | undefined },
    act: (b: TransactionBuilder, span: Span, as: string) => Promise<void>,
  ): Promise<EditResult> {
    const as = request.as ?? MODEL_ANNOTATOR;
    return this.session().run(async (b) => {
      const span = await suggestionOf(b, request.documentId, request.spanId, as);
      if (!isOpen(span))
        throw new WorkbenchError('invalid_request', 'this suggestion was already decided');
      await act(b, span, as);
    });
  }

  acceptLabel(request: {
    documentId: string;
    label: string;
    as?: string | undefined;
  }): Promise<EditResult> {
    const as = request.as ?? MODEL_ANNOTATOR;
    return this.session().run(async (b) => {
      const open = [...(await b.layer(request.documentId, as)).spans.values()].filter(
        (s) => isOpen(s) && s.label === request.label,
      );
      for (const span of open) await accept(b, request.documentId, span, as);
    });
  }
}
