import type { CommandSpec } from './commandSpec';

/**
 * Adjudication among any number of annotators: move between candidate spans, accept one into
 * gold or reject it, accept what most of the panel marked, go back to agreement.
 */
export const PANEL_COMMANDS = [
  {
    id: 'nextCandidate',
    title: 'Next Candidate',
    description: 'next candidate',
    keys: ['j', 'ArrowDown'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'previousCandidate',
    title: 'Previous Candidate',
    description: 'previous candidate',
    keys: ['k', 'ArrowUp'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'nextDisagreeingCandidate',
    title: 'Next Open Disagreement',
    description: 'next candidate the annotators split on, still to decide',
    keys: ['n'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'previousDisagreeingCandidate',
    title: 'Previous Open Disagreement',
    description: 'previous candidate the annotators split on, still to decide',
    keys: ['Shift+n'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'acceptCandidate',
    title: 'Accept',
    description: 'accept the candidate into gold',
    keys: ['a', 'Enter'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'rejectCandidate',
    title: 'Reject',
    description: 'keep the candidate out of gold',
    keys: ['x', 'Backspace'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'acceptMajority',
    title: 'Accept Majority',
    description: 'accept every candidate more than half marked',
    keys: ['Shift+a'],
    context: 'panel',
    runsIn: 'renderer',
  },
  {
    id: 'closePanel',
    title: 'Back to Agreement',
    keys: ['Escape'],
    context: 'panel',
    runsIn: 'renderer',
  },
] as const satisfies readonly CommandSpec[];
