import { useCommandKey } from '../../../commands';

/** Undo and Redo for a list of decisions, with their keys in the tooltips. */
export function UndoRedoButtons({
  history,
  store,
}: {
  readonly history: { readonly canUndo: boolean; readonly canRedo: boolean };
  readonly store: {
    readonly run: (action: Promise<void>) => void;
    undo(): Promise<void>;
    redo(): Promise<void>;
  };
}) {
  const keys = { undo: useCommandKey('undo'), redo: useCommandKey('redo') };
  return (
    <>
      <button
        type="button"
        className="lp-button"
        disabled={!history.canUndo}
        onClick={() => store.run(store.undo())}
        title={keys.undo ? `Undo (${keys.undo})` : 'Undo'}
      >
        Undo
      </button>
      <button
        type="button"
        className="lp-button"
        disabled={!history.canRedo}
        onClick={() => store.run(store.redo())}
        title={keys.redo ? `Redo (${keys.redo})` : 'Redo'}
      >
        Redo
      </button>
    </>
  );
}
