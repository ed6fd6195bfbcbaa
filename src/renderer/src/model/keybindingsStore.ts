import {
  bindingProblem,
  overridesOf,
  overridesRecord,
  type CommandId,
  type KeyChord,
  type KeyOverrides,
} from '../../../shared/commands';
import type { ProjectStore } from './projectStore';
import { Store } from './store';

/** The user's own keys (from settings), and rebinding with the collision check. */
export class KeybindingsStore extends Store<KeyOverrides> {
  private record: unknown = undefined;

  constructor(private readonly project: ProjectStore) {
    super(new Map());
    project.onDidChange(() => this.read());
  }

  private read(): void {
    const record = this.project.snapshot.settings?.keybindings;
    if (record === this.record) return;
    this.record = record;
    this.set(overridesOf(record));
  }

  /** Why `chord` cannot go to `id` now, or null when it can. */
  problem(id: CommandId, chord: KeyChord): string | null {
    const styles = this.project.snapshot.project?.styles ?? {};
    return bindingProblem(id, chord, this.snapshot, styles);
  }

  /** Gives `chord` to `id` and saves it in the user's settings; throws the reason it cannot. */
  async rebind(id: CommandId, chord: KeyChord): Promise<void> {
    const problem = this.problem(id, chord);
    if (problem) throw new Error(problem);
    await this.save(new Map([...this.snapshot, [id, chord]]));
  }

  /** Back to the command's default keys. */
  async reset(id: CommandId): Promise<void> {
    const next = new Map(this.snapshot);
    next.delete(id);
    await this.save(next);
  }

  private async save(overrides: KeyOverrides): Promise<void> {
    await this.project.updateSettings({ keybindings: overridesRecord(overrides) });
  }
}
