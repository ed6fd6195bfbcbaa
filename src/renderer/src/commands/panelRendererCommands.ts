import { readOnlySaid } from './readOnlySaid';
import type { RendererCommand } from './rendererCommands';
import type { WhenContext } from './whenContext';

function writable({ model }: WhenContext): boolean {
  return !model.project.snapshot.project?.readOnly;
}

function hasCandidate({ model }: WhenContext): boolean {
  return !model.project.snapshot.project?.readOnly && model.panel.snapshot.selectedId !== null;
}

/** What the adjudication commands do (declared in shared/commands/panelCommands.ts). */
export const PANEL_RENDERER_COMMANDS = {
  nextCandidate: { run: ({ model }) => model.panel.move(1) },
  previousCandidate: { run: ({ model }) => model.panel.move(-1) },
  nextDisagreeingCandidate: { run: ({ model }) => model.panel.moveToDisagreement(1) },
  previousDisagreeingCandidate: { run: ({ model }) => model.panel.moveToDisagreement(-1) },
  acceptCandidate: {
    when: hasCandidate,
    why: (c) => readOnlySaid(c) ?? 'No candidate is chosen',
    run: ({ model }) => model.panel.run(model.panel.decide('accept')),
  },
  rejectCandidate: {
    when: hasCandidate,
    why: (c) => readOnlySaid(c) ?? 'No candidate is chosen',
    run: ({ model }) => model.panel.run(model.panel.decide('reject')),
  },
  acceptMajority: {
    when: writable,
    why: readOnlySaid,
    run: ({ model }) => model.panel.run(model.panel.acceptMajority()),
  },
  closePanel: {
    run: ({ model }) => {
      model.panel.stop();
      model.agreement.load().catch(model.notifications.report);
    },
  },
} satisfies Record<string, RendererCommand>;
