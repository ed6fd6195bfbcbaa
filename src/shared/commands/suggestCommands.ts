import type { CommandSpec } from './commandSpec';

/**
 * Pre-annotation: run the learner, move between its ghost spans, accept or reject the one
 * under the cursor, accept all of its label.
 */
export const SUGGEST_COMMANDS = [
  {
    id: 'runSuggest',
    title: 'Suggest Spans (learn from my annotations)',
    description: 'suggest spans learned from your annotations',
    keys: ['Mod+Shift+g'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'cancelSuggest',
    title: 'Cancel Suggest',
    keys: [],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'nextModelSuggestion',
    title: 'Next Model Suggestion',
    description: 'next suggestion of the model',
    keys: [']'],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'previousModelSuggestion',
    title: 'Previous Model Suggestion',
    description: 'previous suggestion of the model',
    keys: ['['],
    context: 'annotate',
    runsIn: 'renderer',
  },
  {
    id: 'acceptModelSuggestion',
    title: 'Accept Model Suggestion',
    description: "accept the model's suggestion under the cursor",
    keys: ['Enter'],
    context: 'annotate.modelSuggestion',
    runsIn: 'renderer',
  },
  {
    id: 'rejectModelSuggestion',
    title: 'Reject Model Suggestion',
    description: "reject the model's suggestion under the cursor",
    keys: ['Backspace'],
    context: 'annotate.modelSuggestion',
    runsIn: 'renderer',
  },
  {
    id: 'acceptModelLabel',
    title: 'Accept All Suggestions of This Label',
    description: 'accept every suggestion with this label in the document',
    keys: ['Shift+Enter'],
    context: 'annotate.modelSuggestion',
    runsIn: 'renderer',
  },
] as const satisfies readonly CommandSpec[];
