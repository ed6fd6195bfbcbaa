import { useState } from 'react';
import type { Entity, Holder, LabelSchema, Span, Target } from '../../../../../shared/model';
import { EntityPicker } from '../../entities';
import { itemAt } from '../../../../../shared/collections';

export interface StanceDraft {
  readonly holder?: Holder;
  readonly target?: Target;
  readonly polarity: string;
  readonly note?: string;
}

export interface StanceFormProps {
  readonly evidenceText: string;
  readonly schema: LabelSchema;
  readonly spans: readonly Span[];
  readonly entities: readonly Entity[];
  readonly spanText: (span: Span) => string;
  onSave(draft: StanceDraft): void;
  onCancel(): void;
}

const POLARITY_KEYS = 'fanxyz';

/** Who holds which polarity toward what, from the selected evidence span; keys pick the polarity. */
export function StanceForm({
  evidenceText,
  schema,
  spans,
  entities,
  spanText,
  onSave,
  onCancel,
}: StanceFormProps) {
  const holderSpans = spans.filter(
    (s) => s.label === 'PERSON' || s.label === 'ORG' || s.label === 'GPE' || s.label === 'NORP',
  );
  const [holder, setHolder] = useState<Holder | undefined>(undefined);
  const [target, setTarget] = useState<Target | undefined>(
    schema.topics[0] ? { kind: 'topic', topicId: schema.topics[0].id } : undefined,
  );
  const [polarity, setPolarity] = useState(schema.polarities[0] ?? 'FAVOR');
  const [note, setNote] = useState('');
  const [picking, setPicking] = useState<'holder' | 'target' | null>(null);
  const entityName = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  const save = (): void =>
    onSave({
      ...(holder ? { holder } : {}),
      ...(target ? { target } : {}),
      polarity,
      ...(note ? { note } : {}),
    });
  return (
    <form
      className="lp-stanceform"
      aria-label="New stance"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onCancel();
        const target = event.target as HTMLElement;
        if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
        const index = POLARITY_KEYS.indexOf(event.key.toLowerCase());
        if (index >= 0 && schema.polarities[index]) setPolarity(itemAt(schema.polarities, index));
      }}
    >
      <h2 className="lp-panel-title">New stance</h2>
      <blockquote className="lp-covered" dir="auto">
        {evidenceText}
      </blockquote>
      <label className="lp-field">
        <span>Holder (who)</span>
        <select
          className="lp-input"
          aria-label="Holder"
          value={
            holder
              ? holder.kind === 'span'
                ? `span:${holder.spanId}`
                : `entity:${holder.entityId}`
              : ''
          }
          onChange={(event) => {
            const [kind, id] = event.target.value.split(':') as [string, string];
            if (!kind) setHolder(undefined);
            else if (kind === 'pick') setPicking('holder');
            else
              setHolder(
                kind === 'span' ? { kind: 'span', spanId: id } : { kind: 'entity', entityId: id },
              );
          }}
        >
          <option value="">(unspecified)</option>
          {holderSpans.map((s) => (
            <option key={s.id} value={`span:${s.id}`}>
              {spanText(s)} · {s.label}
            </option>
          ))}
          {holder?.kind === 'entity' && (
            <option value={`entity:${holder.entityId}`}>
              {entityName(holder.entityId)} (entity)
            </option>
          )}
          <option value="pick:">Choose an entity…</option>
        </select>
      </label>
      {picking && (
        <EntityPicker
          initialQuery=""
          allowCreate={false}
          onPick={(id) => {
            if (picking === 'holder') setHolder({ kind: 'entity', entityId: id });
            else setTarget({ kind: 'entity', entityId: id });
            setPicking(null);
          }}
          onCancel={() => setPicking(null)}
        />
      )}
      <label className="lp-field">
        <span>Target (toward what)</span>
        <select
          className="lp-input"
          aria-label="Target"
          value={
            target
              ? target.kind === 'topic'
                ? `topic:${target.topicId}`
                : target.kind === 'entity'
                  ? `entity:${target.entityId}`
                  : `span:${target.spanId}`
              : ''
          }
          onChange={(event) => {
            const [kind, id] = event.target.value.split(/:(.*)/s) as [string, string];
            if (!kind) setTarget(undefined);
            else if (kind === 'pick') setPicking('target');
            else if (kind === 'topic') setTarget({ kind: 'topic', topicId: id });
            else
              setTarget(
                kind === 'span' ? { kind: 'span', spanId: id } : { kind: 'entity', entityId: id },
              );
          }}
        >
          <option value="">(unspecified)</option>
          {schema.topics.map((t) => (
            <option key={t.id} value={`topic:${t.id}`}>
              {t.name}
            </option>
          ))}
          {target?.kind === 'entity' && (
            <option value={`entity:${target.entityId}`}>
              {entityName(target.entityId)} (entity)
            </option>
          )}
          <option value="pick:">Choose an entity…</option>
        </select>
      </label>
      <div className="lp-field">
        <span>Polarity</span>
        <div className="lp-row" role="radiogroup" aria-label="Polarity">
          {schema.polarities.map((p, i) => (
            <button
              key={p}
              type="button"
              role="radio"
              aria-checked={polarity === p}
              className={`lp-polarity lp-polarity--${p.toLowerCase()}${polarity === p ? ' is-on' : ''}`}
              onClick={() => setPolarity(p)}
            >
              {POLARITY_KEYS[i] && <kbd>{POLARITY_KEYS[i]?.toUpperCase()}</kbd>} {p}
            </button>
          ))}
        </div>
      </div>
      <label className="lp-field">
        <span>Note</span>
        <textarea
          className="lp-input lp-note"
          aria-label="Stance note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <div className="lp-row">
        <button type="submit" className="lp-button lp-button--primary">
          Save stance <kbd>Enter</kbd>
        </button>
        <button type="button" className="lp-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
