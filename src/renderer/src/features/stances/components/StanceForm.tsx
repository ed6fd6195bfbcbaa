import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  absentRefName,
  type Entity,
  type LabelSchema,
  type Span,
} from '../../../../../shared/model';
import { missingField, type StanceDraft, type StanceField } from '../../../model';
import { EntityPicker } from '../../entities';
import { useFocusBack } from '../../../ui/useFocusBack';
import { PolarityField } from './PolarityField';
import { holderOf, holderValue, targetOf, targetValue } from './stanceChoices';
import { holderTypes } from '../holderTypes';
import { isWindowKey } from '../../../ui/isWindowKey';

export interface StanceFormProps {
  readonly evidenceText: string;
  readonly schema: LabelSchema;
  readonly spans: readonly Span[];
  readonly entities: readonly Entity[];
  readonly draft: StanceDraft;
  readonly spanText: (span: Span) => string;
  onChange(draft: StanceDraft): void;
  /** Called with a complete draft only. */
  onSave(draft: StanceDraft): void;
  /** Closes the form; the draft stays for later. */
  onClose(): void;
  onDiscard(): void;
}

const POLARITY_KEYS = 'fanxyz';
const ASK: Record<StanceField, string> = {
  holder: 'Choose who holds the stance (or “no named holder”).',
  target: 'Choose what the stance is toward.',
  polarity: 'Choose a polarity: arrow keys or its letter.',
};

/**
 * Who holds which polarity toward what, from the selected evidence span. Nothing is chosen for
 * the user but the target they used last (said so); Enter saves a complete stance, or takes the
 * keyboard to the first field still missing.
 */
export function StanceForm(props: StanceFormProps) {
  const { draft, schema, entities, onChange } = props;
  const [picking, setPicking] = useState<'holder' | 'target' | null>(null);
  const [asked, setAsked] = useState<StanceField | null>(null);
  const holderField = useRef<HTMLSelectElement>(null);
  const targetField = useRef<HTMLSelectElement>(null);
  const polarityField = useRef<HTMLButtonElement>(null);
  // The form opens with the keyboard in its first field.
  useLayoutEffect(() => holderField.current?.focus(), []);
  // Esc in the entity picker gives the keyboard back to the button that opened it.
  const pickButtons = {
    holder: useFocusBack(picking === 'holder'),
    target: useFocusBack(picking === 'target'),
  };
  const focusField = (field: StanceField): void =>
    (field === 'holder'
      ? holderField
      : field === 'target'
        ? targetField
        : polarityField
    ).current?.focus();
  // Who can hold a stance, by the schema's own names (PERSON or PER, ORG…); the document's
  // entities come first in both pickers.
  const holders = holderTypes([
    ...new Set([...schema.entityTypes, ...schema.labels.map((l) => l.name)]),
  ]);
  const mentioned = new Set(props.spans.flatMap((s) => (s.entityId ? [s.entityId] : [])));
  const entityName = (id: string) => entities.find((e) => e.id === id)?.name ?? 'an entity';
  const change = (patch: Partial<StanceDraft>): void => {
    setAsked(null);
    onChange({ ...draft, ...patch });
  };
  const submit = (): void => {
    const missing = missingField(draft);
    if (!missing) return props.onSave(draft);
    setAsked(missing);
    focusField(missing);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (isWindowKey(event)) return;
    event.stopPropagation();
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') return props.onClose();
    if (event.key === 'Enter') {
      const plainButton = target.tagName === 'BUTTON' && target.getAttribute('role') !== 'radio';
      if (plainButton || (target.tagName === 'TEXTAREA' && !event.ctrlKey && !event.metaKey))
        return;
      event.preventDefault();
      return submit();
    }
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const polarity = schema.polarities[POLARITY_KEYS.indexOf(event.key.toLowerCase())];
    if (polarity && event.key.length === 1) change({ polarity });
  };
  // An entity is chosen by a button beside the list, not by an item of it: the arrows go
  // through a closed list's items, and one that opened a picker took the keyboard away.
  const entityChoice = (field: 'holder' | 'target') =>
    picking === field ? (
      <EntityPicker
        initialQuery=""
        allowCreate={false}
        types={field === 'holder' ? holders : null}
        mentioned={mentioned}
        onPick={(id) => {
          change(
            field === 'holder'
              ? { holder: { kind: 'entity', entityId: id } }
              : { target: { kind: 'entity', entityId: id }, targetIsLastUsed: false },
          );
          setPicking(null);
          focusField(field);
        }}
        onCancel={() => setPicking(null)}
      />
    ) : (
      <button
        ref={pickButtons[field]}
        type="button"
        className="lp-button lp-button--small lp-stanceform__pick"
        // Named by the question its list asks, "(who)" / "(toward what)": a name holding
        // "holder" or "target" would be a second match for the lists' own labels.
        aria-label={`Choose an entity… ${field === 'holder' ? '(who)' : '(toward what)'}`}
        onClick={() => setPicking(field)}
      >
        Choose an entity…
      </button>
    );
  return (
    <form
      className="lp-stanceform"
      aria-label="New stance"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 className="lp-panel-title">New stance</h2>
      <blockquote className="lp-covered" dir="auto">
        {props.evidenceText}
      </blockquote>
      <label className="lp-field">
        <span>Holder (who)</span>
        <select
          ref={holderField}
          className="lp-input"
          aria-required="true"
          aria-invalid={asked === 'holder'}
          value={holderValue(draft.holder)}
          onChange={(event) => {
            const holder = holderOf(event.target.value);
            const { holder: _old, ...rest } = draft;
            setAsked(null);
            onChange(holder === undefined ? rest : { ...rest, holder });
          }}
        >
          <option value="">Choose who…</option>
          <option value="none">{absentRefName('holder')}</option>
          {props.spans
            .filter((s) => (holders ?? schema.entityTypes).includes(s.label))
            .map((s) => (
              <option key={s.id} value={`span:${s.id}`}>
                {props.spanText(s)} · {s.label}
              </option>
            ))}
          {draft.holder?.kind === 'entity' && (
            <option value={holderValue(draft.holder)}>
              {entityName(draft.holder.entityId)} (entity)
            </option>
          )}
        </select>
      </label>
      {entityChoice('holder')}
      <label className="lp-field">
        <span>Target (toward what)</span>
        <select
          ref={targetField}
          className="lp-input"
          aria-required="true"
          aria-invalid={asked === 'target'}
          aria-describedby={draft.targetIsLastUsed ? 'lp-last-target' : undefined}
          value={targetValue(draft.target)}
          onChange={(event) => {
            const target = targetOf(event.target.value);
            const { target: _old, ...rest } = draft;
            onChange({ ...rest, targetIsLastUsed: false, ...(target ? { target } : {}) });
            setAsked(null);
          }}
        >
          <option value="">Choose what…</option>
          {schema.topics.map((t) => (
            <option key={t.id} value={`topic:${t.id}`}>
              {t.name}
            </option>
          ))}
          {draft.target && draft.target.kind !== 'topic' && (
            <option value={targetValue(draft.target)}>
              {draft.target.kind === 'entity'
                ? `${entityName(draft.target.entityId)} (entity)`
                : 'a span of this document'}
            </option>
          )}
        </select>
        {draft.targetIsLastUsed && (
          <small id="lp-last-target" className="lp-muted">
            Your last target, filled in: change it if this stance is toward something else.
          </small>
        )}
      </label>
      {entityChoice('target')}
      <PolarityField
        polarities={schema.polarities}
        value={draft.polarity}
        keys={POLARITY_KEYS}
        firstRef={polarityField}
        onChange={(polarity) => change({ polarity })}
      />
      <label className="lp-field">
        <span>Note</span>
        <textarea
          className="lp-input lp-note"
          value={draft.note}
          onChange={(event) => change({ note: event.target.value })}
        />
      </label>
      <p className="lp-muted lp-small" role="status">
        {asked ? ASK[asked] : ''}
      </p>
      <div className="lp-row">
        <button type="submit" className="lp-button lp-button--primary">
          Save stance <kbd>Enter</kbd>
        </button>
        <button type="button" className="lp-button" onClick={props.onClose}>
          Later <kbd>Esc</kbd>
        </button>
        <button type="button" className="lp-button lp-button--danger" onClick={props.onDiscard}>
          Discard
        </button>
      </div>
    </form>
  );
}
