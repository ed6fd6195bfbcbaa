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
  },
  cancelSuggest: {
    when: ({ model }) => model.modelSuggestions.snapshot.running !== null,
    run: ({ model }) => model.modelSuggestions.cancel(),
  },
  nextModelSuggestion: {
    when: ({ model }) => model.modelSuggestions.snapshot.list.length > 0,
    run: ({ model }) => model.modelSuggestions.move(1),
  },
  previousModelSuggestion: {
    when: ({ model }) => model.modelSuggestions.snapshot.list.length > 0,
    run: ({ model }) => model.modelSuggestions.move(-1),
  },
  acceptModelSuggestion: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.accept(),
  },
  rejectModelSuggestion: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.reject(),
  },
  acceptModelLabel: {
    when: canWrite,
    run: ({ model }) => void model.modelSuggestions.acceptLabel(),
  },
} satisfies Record<string, RendererCommand>;
