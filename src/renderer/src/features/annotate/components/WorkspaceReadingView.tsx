import { useEffect, useMemo } from 'react';
import { ReadingView } from '../../../editor';
import { useModel, useStore } from '../../../model';
import { machineGhosts } from '../../suggest';

/** The reading view of the open document, wired to the selection and suggestions. */
export function WorkspaceReadingView() {
  const model = useModel();
  const { document, spans } = useStore(model.document);
  const { project } = useStore(model.project);
  const { selectedId, pending, suggestion, reveal } = useStore(model.selection);
  const { list } = useStore(model.suggestions);
  const machine = useStore(model.modelSuggestions);
  const ghosts = useMemo(
    () => [
      ...list.map((g, i) => ({ start: g.start, end: g.end, selected: i === suggestion })),
      ...machineGhosts(machine.list, machine.selected),
    ],
    [list, suggestion, machine.list, machine.selected],
  );

  // Each selection of a span brings it into view.
  useEffect(() => {
    const spanId = model.selection.snapshot.selectedId;
    if (!spanId || reveal === 0) return;
    const frame = requestAnimationFrame(() =>
      window.document
        .querySelector(`[data-span-id="${CSS.escape(spanId)}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [model, reveal]);

  if (!document || !project) return null;
  return (
    <ReadingView
      text={document.text}
      spans={spans}
      styles={project.styles}
      selectedId={selectedId}
      pending={pending?.range ?? null}
      ghosts={ghosts}
      onSelect={(range, rect, altKey) => model.annotation.selectText(range, rect, altKey)}
      onSpanClick={(id, at) => model.selection.clickSpan(id, at)}
      onGhostClick={(index) =>
        index < list.length
          ? model.selection.selectSuggestion(index)
          : model.modelSuggestions.select(index - list.length)
      }
    />
  );
}
