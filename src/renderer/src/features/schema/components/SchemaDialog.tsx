import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ProjectInfo } from '../../../../../shared/contract';
import type { LabelSchema, LabelStyles } from '../../../../../shared/model';
import { useModel, useStore, userMessage } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';
import { getOwn } from '../../../../../shared/collections';
import { deleteQuestion, withoutDeletedLabels, type LabelDeletes } from './labelDeletes';
import { labelKeyProblem, labelKeyProblems } from './labelKeyProblem';
import { LabelTable } from './LabelTable';
import { labelSpansSaid, type LabelSpansSaid } from './labelSpansSaid';
import {
  applyNewLabelRenames,
  renameProblem,
  renameQuestion,
  type LabelRenames,
} from './labelRenames';

function lines(values: readonly string[]): string {
  return values.join('\n');
}

/** The non-empty lines of a text box, trimmed, each once. */
function parseLines(text: string): string[] {
  const values = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** A list of names edited as lines of text, read as it is typed (the box keeps what was typed). */
function LinesField({
  title,
  values,
  onChange,
}: {
  readonly title: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}) {
  return (
    <label className="lp-field">
      <span>{title}</span>
      <textarea
        className="lp-input lp-note"
        defaultValue={lines(values)}
        onChange={(event) => onChange(parseLines(event.target.value))}
      />
    </label>
  );
}

/** The schema dialog, started afresh from the project each time it opens or the project changes. */
export function SchemaDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { project } = useStore(model.project);
  // Kept here: a save that changes the schema starts the editor afresh, and this must stay said.
  const [left, setLeft] = useState<LabelSpansSaid | null>(null);
  // Set when Save is pressed: the editor that starts afresh gives the keyboard to its own Save
  // button, as the one pressed goes away with the old editor.
  const saveHadKeysRef = useRef(false);
  if (!open && left) setLeft(null);
  if (!project) return null;
  const version = JSON.stringify([open, project.schema, project.styles]);
  // The dialog stays mounted across that fresh start, so its focus trap and the control it gives
  // the keyboard back to on closing (the Schema button) are the ones it opened with.
  return (
    <Modal open={open} onClose={model.view.close} title="Label schema" size="full" captureKeys>
      <SchemaEditor
        key={version}
        project={project}
        left={left}
        onLeft={setLeft}
        saveHadKeysRef={saveHadKeysRef}
      />
    </Modal>
  );
}

/** The layers a save left as they were, and why: said where the user is, in the dialog. */
function LeftLayers({ left }: { readonly left: LabelSpansSaid }) {
  return (
    <div className="lp-error" role="alert" data-testid="label-spans-left">
      <p>{left.summary}</p>
      <ul>
        {left.layers.map((layer) => (
          <li key={layer}>{layer}</li>
        ))}
      </ul>
    </div>
  );
}

/** Labels (name, colour, key), entity types, polarities, relation types, stance topics and document labels. */
function SchemaEditor({
  project,
  left,
  onLeft,
  saveHadKeysRef,
}: {
  readonly project: ProjectInfo;
  readonly left: LabelSpansSaid | null;
  onLeft(left: LabelSpansSaid | null): void;
  readonly saveHadKeysRef: RefObject<boolean>;
}) {
  const model = useModel();
  const saveButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (!saveHadKeysRef.current) return;
    saveHadKeysRef.current = false;
    saveButton.current?.focus();
  }, [saveHadKeysRef]);
  const keybindings = useStore(model.keybindings);
  const [schema, setSchema] = useState<LabelSchema>(project.schema);
  const [styles, setStyles] = useState<LabelStyles>(project.styles);
  const [error, setError] = useState<string | null>(null);
  // Save's refusal is written under the last fields, out of view in a tall dialog: brought into
  // view above the button row, where the keyboard is.
  const errorLine = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (error) errorLine.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  const [newLabel, setNewLabel] = useState('');
  const [newLabelProblem, setNewLabelProblem] = useState<string | null>(null);
  // Renames of saved labels wait for Save, where they are asked about once and applied together.
  const [renames, setRenames] = useState<LabelRenames>(new Map());
  const rename = (from: string, to: string): void => {
    const next = new Map(renames);
    if (to === from) next.delete(from);
    else next.set(from, to);
    setRenames(next);
  };
  // Deletes wait for Save too: Esc or Close leaves the project as it was.
  const [deletes, setDeletes] = useState<LabelDeletes>(new Set());
  const toggleDelete = (name: string): void => {
    const next = new Set(deletes);
    if (!next.delete(name)) next.add(name);
    setDeletes(next);
  };
  // Each label's key field, and what is wrong with each key, said under its row as it is typed.
  const [keyFields] = useState(() => new Map<string, HTMLInputElement>());
  // A label deleted here takes its key with it.
  const keptStyles = Object.fromEntries(Object.entries(styles).filter(([n]) => !deletes.has(n)));
  const keyProblems = labelKeyProblems(keptStyles, project.styles, keybindings);
  const save = async (): Promise<void> => {
    // A refused key is said under its row: Save takes the keyboard there (the key selected, to
    // type another over it), where its problem is heard as the field's description.
    const keyProblem = labelKeyProblem(keptStyles, project.styles, keybindings);
    if (keyProblem) {
      setError(null);
      const field = keyFields.get(keyProblem.label);
      field?.focus();
      field?.select();
      return;
    }
    const problem = renameProblem(schema.labels, renames);
    if (problem) return setError(problem);
    const saved = new Set(project.schema.labels.map((l) => l.name));
    const typed = new Map(
      [...renames]
        .filter(([from]) => !deletes.has(from))
        .map(([from, to]) => [from, to.trim()] as const),
    );
    const next = applyNewLabelRenames(schema, styles, typed, saved);
    if (next.renames.size > 0 && !window.confirm(renameQuestion(next.renames))) return;
    try {
      const inUse = await model.schema.labelUses([...deletes].filter((name) => saved.has(name)));
      if (inUse.size > 0 && !window.confirm(deleteQuestion(inUse))) return;
      const kept = withoutDeletedLabels(next.schema, next.styles, deletes);
      onLeft(null);
      saveHadKeysRef.current = document.activeElement === saveButton.current;
      const result = await model.schema.save(
        kept.schema,
        kept.styles,
        next.renames,
        project.schemaVersion,
        [...inUse.keys()],
      );
      const names = new Map(model.documents.snapshot.map((d) => [d.id, d.name]));
      onLeft(labelSpansSaid(result?.labelSpans, (id) => names.get(id) ?? id));
      // Said from inside the dialog too (its news), where the keyboard stays, on Save.
      if (result) model.notifications.notify('Saved the label schema.');
    } catch (e: unknown) {
      saveHadKeysRef.current = false;
      setError(userMessage(e)); // said in the dialog, where a screen reader is (the toast is hidden)
    }
  };
  // The labels added since the dialog opened, said as each is added (the new row is silent).
  const added = schema.labels
    .map((l) => l.name)
    .filter((name) => !project.schema.labels.some((l) => l.name === name) && !deletes.has(name));
  const setStyle = (name: string, patch: Partial<LabelStyles[string]>): void => {
    const current = getOwn(styles, name) ?? { color: '#888888' };
    const next = { ...current, ...patch };
    if (!next.key) delete next.key;
    setStyles({ ...styles, [name]: next });
  };
  return (
    <>
      <LabelTable
        labels={schema.labels}
        styles={styles}
        renames={renames}
        deletes={deletes}
        keyProblems={keyProblems}
        keyFields={keyFields}
        onRename={rename}
        onStyle={setStyle}
        onToggleDelete={toggleDelete}
      />
      <p className="lp-muted" role="status">
        {added.length > 0 &&
          `${added.join(', ')} added: Save schema keeps ${added.length === 1 ? 'it' : 'them'}. `}
        {deletes.size > 0 &&
          `${[...deletes].join(', ')} will be deleted when you save the schema; Close keeps ${deletes.size === 1 ? 'it' : 'them'}.`}
      </p>
      {/* A form, so Enter in the name adds the label as the button does. */}
      <form
        className="lp-row"
        // What was said of the name is about this field: it goes when the keyboard leaves it.
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setNewLabelProblem(null);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          const name = newLabel.trim();
          if (!name) return;
          if (schema.labels.some((l) => l.name === name))
            return setNewLabelProblem(`${name} is already a label: choose another name.`);
          setSchema({ ...schema, labels: [...schema.labels, { name }] });
          setStyles({ ...styles, [name]: { color: '#5b7fa6' } });
          setNewLabel('');
        }}
      >
        <input
          className="lp-input"
          aria-label="New label"
          placeholder="New label name"
          value={newLabel}
          onChange={(event) => {
            setNewLabel(event.target.value);
            setNewLabelProblem(null);
          }}
        />
        <button type="submit" className="lp-button">
          Add label
        </button>
      </form>
      {newLabelProblem && (
        <p className="lp-error" role="alert">
          {newLabelProblem}
        </p>
      )}
      <div className="lp-grid2">
        <LinesField
          title="Entity types (one per line)"
          values={schema.entityTypes}
          onChange={(entityTypes) => setSchema({ ...schema, entityTypes })}
        />
        <LinesField
          title="Polarities (one per line)"
          values={schema.polarities}
          onChange={(polarities) => setSchema({ ...schema, polarities })}
        />
        <LinesField
          title="Relation types (one per line)"
          values={schema.relationTypes}
          onChange={(relationTypes) => setSchema({ ...schema, relationTypes })}
        />
        <label className="lp-field">
          <span>Stance topics (id: name, one per line)</span>
          <textarea
            className="lp-input lp-note"
            defaultValue={lines(schema.topics.map((t) => `${t.id}: ${t.name}`))}
            onChange={(event) =>
              setSchema({
                ...schema,
                topics: parseLines(event.target.value).map((l) => {
                  const [id, ...name] = l.split(':');
                  return {
                    id: (id ?? '').trim(),
                    name: name.join(':').trim() || (id ?? '').trim(),
                  };
                }),
              })
            }
          />
        </label>
        <label className="lp-field">
          <span>Document labels (name: value, value…)</span>
          <textarea
            className="lp-input lp-note"
            defaultValue={lines(
              schema.documentLabels.map((d) => `${d.name}: ${d.values.join(', ')}`),
            )}
            onChange={(event) =>
              setSchema({
                ...schema,
                documentLabels: parseLines(event.target.value).map((l) => {
                  const [name, values = ''] = l.split(/:(.*)/s);
                  return {
                    name: (name ?? '').trim(),
                    values: values
                      .split(',')
                      .map((v) => v.trim())
                      .filter(Boolean),
                  };
                }),
              })
            }
          />
        </label>
      </div>
      {error && (
        <p ref={errorLine} className="lp-error" role="alert">
          {error}
        </p>
      )}
      {left && <LeftLayers left={left} />}
      <ModalActions closeLabel="Close">
        <button
          ref={saveButton}
          type="button"
          className="lp-button lp-button--primary"
          onClick={() => void save()}
        >
          Save schema
        </button>
      </ModalActions>
    </>
  );
}
