import { useEffect, useMemo } from 'react';
import { ReadingView } from '../../../editor';
import { spanText, suggestionKey, useModel, useStore } from '../../../model';
import { machineGhosts } from '../../suggest';
import { arcLinks } from '../arcLinks';
import { suggestionSaid } from '../suggestionSaid';
import { RelationArcs } from './RelationArcs';
import { SpanAnnouncement } from './SpanAnnouncement';

/** The reading view of the open document, wired to the selection and suggestions. */
export function WorkspaceReadingView() {
  const model = useModel();
  const { document, spans, unsaved, relations, events, equivalences } = useStore(model.document);
  const { project } = useStore(model.project);
  const { selectedId, pending, suggestion, reveal, relateFrom, deleted } = useStore(
    model.selection,
  );
  const { list } = useStore(model.suggestions);
  const { readingFocus, arcs } = useStore(model.view);
  const selected = spans.find((s) => s.id === selectedId);
  const caretAt = selected?.fragments[0]?.start ?? null;
  // The caret follows the selected span (Tab, a click, a jump); a search hit is selected whole,
  // and once the text shows it selected (rangeShown) it is a selection like the user's own.
  const jumpRange = pending && !pending.rect ? pending.range : null;
  const cursor = useMemo(
    () => ({
      range: caretAt !== null ? { start: caretAt, end: caretAt } : jumpRange,
      focusRequest: readingFocus,
      reveal,
    }),
    [caretAt, jumpRange, readingFocus, reveal],
  );
  const machine = useStore(model.modelSuggestions);
  const ghosts = useMemo(
    () => [
      ...list.map((g, i) => ({ start: g.start, end: g.end, selected: i === suggestion })),
      ...machineGhosts(machine.list, machine.selected),
    ],
    [list, suggestion, machine.list, machine.selected],
  );

  const links = useMemo(
    () =>
      !arcs || (relations.length === 0 && events.length === 0 && equivalences.length === 0)
        ? []
        : arcLinks(relations, events, new Set(spans.map((s) => s.id)), equivalences),
    [arcs, relations, events, equivalences, spans],
  );

  // Each selection of a span, or jump to a range, brings it into view.
  useEffect(() => {
    const { selectedId: spanId, pending: range } = model.selection.snapshot;
    if (reveal === 0 || (!spanId && !range)) return;
    const selector = spanId ? `[data-span-id="${CSS.escape(spanId)}"]` : '.lp-pending';
    const frame = requestAnimationFrame(() =>
      window.document
        .querySelector(selector)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [model, reveal]);

  // A suggestion chosen by key (N for a known name, ] or [ for a model's) is brought into view,
  // at once: a smooth scroll was cut short by the text's redraw and left the ghost out of view.
  useEffect(() => {
    if (suggestion === null && machine.selected === null) return;
    const frame = requestAnimationFrame(() =>
      window.document.querySelector('.lp-ghost--selected')?.scrollIntoView({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [suggestion, machine.selected]);

  if (!document || !project) return null;
  return (
    <>
      <ReadingView
        text={document.text}
        spans={spans}
        styles={project.styles}
        selectedId={selectedId}
        unsaved={unsaved}
        pending={pending?.range ?? null}
        ghosts={ghosts}
        relateFrom={spans.find((s) => s.id === relateFrom)?.fragments}
        cursor={cursor}
        onSelect={(range, rect, altKey, done) =>
          model.annotation.selectText(range, rect, altKey, done)
        }
        onRangeShown={model.selection.rangeShown}
        onSpanClick={(id, at) => model.selection.clickSpan(id, at)}
        onGhostClick={(index) =>
          index < list.length
            ? model.selection.selectSuggestion(index)
            : model.modelSuggestions.select(index - list.length)
        }
      />
      {links.length > 0 && (
        <RelationArcs links={links} drawnSpans={spans} selectedId={selectedId} />
      )}
      <SpanAnnouncement
        spans={spans}
        selected={selected ?? null}
        deleted={deleted}
        pendingText={pending ? spanText(document.text, { fragments: [pending.range] }) : null}
        suggested={suggestionSaid(
          document.text,
          suggestion === null ? undefined : list[suggestion],
          machine.selected === null
            ? undefined
            : machine.list.find((s) => suggestionKey(s) === machine.selected),
          machine.list,
        )}
        textOf={(span) => spanText(document.text, span)}
      />
    </>
  );
}
