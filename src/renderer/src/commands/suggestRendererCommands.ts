import { readOnlySaid } from './readOnlySaid';
import type { RendererCommand } from './rendererCommands';
import type { WhenContext } from './whenContext';

function canWrite({ model, view }: WhenContext): boolean {
  return view === 'annotate' && !model.project.snapshot.project?.readOnly;
}

/** What the pre-annotation commands do (declared in shared/commands/suggestCommands.ts). */
export const SUGGEST_RENDERER_COMMANDS = {
  runSuggest: {
    when: (c) => canWrite(c) && c.model.modelSuggestions.snapshot.running === null,
    run: ({ model }) => void model.modelSuggestions.suggest(),
    why: (c) => readOnlySaid(c) ?? 'Suggest is running already',
  },
  cancelSuggest: {
    when: ({ model }) => model.modelSuggestions.snapshot.running !== null,
    run: ({ model }) => model.modelSuggestions.cancel(),
    why: () => 'No suggest run is going on',
  },
  nextModelSuggestion: {
    when: ({ model }) => model.modelSuggestions.snapshot.list.length > 0,
    run: ({ model }) => model.modelSuggestions.move(1),
    // Said at the key too: a key that does nothing says nothing to a screen reader.
    idle: () => 'No model suggestions in this document',
    why: () => 'No model suggestions in this document',
  },
  previousModelSuggestion: {
    when: ({ model }) => model.modelSuggestions.snapshot.list.length > 0,
    run: ({ model }) => model.modelSuggestions.move(-1),
    // Said at the key too: a key that does nothing says nothing to a screen reader.
    idle: () => 'No model suggestions in this document',
    why: () => 'No model suggestions in this document',
  },
  acceptModelSuggestion: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.accept(),
    why: readOnlySaid,
  },
  rejectModelSuggestion: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.reject(),
    why: readOnlySaid,
  },
  acceptModelLabel: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.acceptLabel(),
    why: readOnlySaid,
  },
} satisfies Record<string, RendererCommand>;
