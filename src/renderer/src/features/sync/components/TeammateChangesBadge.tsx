import { memo } from 'react';
import { useModel, useStore } from '../../../model';

/**
 * Which teammates changed a document in the last sync ("new from bob"), or nothing. Renders
 * again only when the sync report changes, not with the document list at every edit's answer.
 */
export const TeammateChangesBadge = memo(function TeammateChangesBadge({
  documentId,
}: {
  readonly documentId: string;
}) {
  const model = useModel();
  const report = useStore(model.sync).report;
  const who = (report?.teammates ?? [])
    .filter((t) => t.documents.includes(documentId))
    .map((t) => t.annotator);
  if (who.length === 0) return null;
  return (
    <span className="lp-doclist__synced" title="Changed by teammates, brought in by your last sync">
      new from {who.join(', ')}
    </span>
  );
});
